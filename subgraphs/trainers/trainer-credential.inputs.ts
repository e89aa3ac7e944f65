import { Field, InputType } from 'type-graphql';
import { TrainerCredentialChannel, TrainerIdentificationType } from './enums';

@InputType()
export class UploadedFileInput {
  @Field()
  fileName!: string;

  @Field()
  contentBase64!: string;
}

@InputType({ description: 'Solicitud de emisión de la credencial (seed 004), online or by e-mail.' })
export class RequestTrainerCredentialInput {
  @Field({ description: 'Cédula; for a foreign trainer without one, the passport or visa number.' })
  cedula!: string;

  @Field(_type => TrainerIdentificationType, { nullable: true, description: 'CEDULA when omitted; PASSPORT or VISA as registered for a foreign trainer.' })
  identificationType?: TrainerIdentificationType | null;

  @Field(_type => TrainerCredentialChannel)
  channel!: TrainerCredentialChannel;

  @Field()
  email!: string;

  @Field(_type => UploadedFileInput, { description: 'Fotografía en formato JPG.' })
  photo!: UploadedFileInput;

  @Field(_type => UploadedFileInput, { description: 'Resolución de calificación, en PDF.' })
  qualificationResolution!: UploadedFileInput;
}
