import { Field, InputType } from 'type-graphql';
import { RecoverableSystem, SystemKeyRecoveryChannel, SystemKeyRecoveryDocumentKind } from './enums';

@InputType({ description: 'A file, base64-encoded; its type is read from its bytes.' })
export class SystemKeyRecoveryDocumentInput {
  @Field(_type => SystemKeyRecoveryDocumentKind)
  kind!: SystemKeyRecoveryDocumentKind;

  @Field()
  fileName!: string;

  @Field()
  contentBase64!: string;
}

@InputType({ description: 'A key-recovery request filed at an MDT window, received through Quipux or taken by phone on 1800 266 822 (seed 001).' })
export class SubmitSystemKeyRecoveryInput {
  @Field()
  requesterRuc!: string;

  @Field(_type => RecoverableSystem)
  system!: RecoverableSystem;

  @Field(_type => SystemKeyRecoveryChannel)
  channel!: SystemKeyRecoveryChannel;

  @Field(_type => String, { nullable: true, description: "PRESENCIAL: code of the regional office or delegation (see attentionPoints)." })
  attentionPointCode?: string | null;

  @Field(_type => String, { nullable: true, description: 'QUIPUX: the document number, e.g. MDT-DSG-2026-0412-E.' })
  quipuxDocumentNumber?: string | null;

  @Field(_type => String, { nullable: true, description: 'TELEFONICA: the number the person called 1800 266 822 from, to call back.' })
  callerPhone?: string | null;

  @Field({ description: 'Where the recovery / regeneration e-mail is sent.' })
  contactEmail!: string;

  @Field(_type => [SystemKeyRecoveryDocumentInput], { description: 'The current RUC certificate and the signed request.' })
  documents!: SystemKeyRecoveryDocumentInput[];
}
