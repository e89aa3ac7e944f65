import { Field, InputType } from 'type-graphql';
import { DOCUMENT_MAX_SIZE } from './document-size';
import { IessDocumentKind, IessKeyPickupBy, IessProcedure } from './enums';

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

  @Field(_type => IessProcedure, { defaultValue: IessProcedure.CLAVE_PATRONAL, description: 'The form\'s "trámite".' })
  procedure!: IessProcedure;

  @Field(_type => String, { nullable: true, description: 'The form\'s "mensaje": the request in the employer\'s words (required).' })
  message?: string | null;

  @Field(_type => String, { nullable: true, description: "Until when the legal representative's cédula, visa or passport is vigente, YYYY-MM-DD (required unless the IESS code for foreigners)." })
  representativeIdValidUntil?: string | null;
}

@InputType()
export class DeliverIessEmployerKeyInput {
  @Field()
  requestId!: string;

  @Field(_type => IessKeyPickupBy, { nullable: true, description: 'PRESENCIAL: who receives the key at the window.' })
  pickedUpBy?: IessKeyPickupBy | null;
}
