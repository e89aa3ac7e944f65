import { Field, InputType } from 'type-graphql';
import { DOCUMENT_MAX_SIZE } from './document-size';
import { IessDocumentKind, IessKeyPickupBy } from './enums';

@InputType({ description: `A scanned file, base64-encoded (JPG or PDF, at most ${DOCUMENT_MAX_SIZE}; its type is read from its bytes).` })
export class IessDocumentInput {
  @Field(_type => IessDocumentKind)
  kind!: IessDocumentKind;

  @Field()
  fileName!: string;

  @Field()
  contentBase64!: string;
}

@InputType({ description: 'Ventanilla virtual: "Recepción de trámites" with the requirements attached.' })
export class SubmitIessVirtualKeyRequestInput {
  @Field()
  employerRuc!: string;

  @Field()
  province!: string;

  @Field({ description: 'Active e-mail of the employer or legal representative.' })
  email!: string;

  @Field(_type => [IessDocumentInput])
  documents!: IessDocumentInput[];
}

@InputType()
export class DeliverIessEmployerKeyInput {
  @Field()
  requestId!: string;

  @Field(_type => IessKeyPickupBy, { nullable: true, description: 'PRESENCIAL: who receives the key at the window.' })
  pickedUpBy?: IessKeyPickupBy | null;
}
