import { Field, Int, ObjectType } from 'type-graphql';
import { Access } from '../../shared/auth/access';

@ObjectType({ description: 'A form generated with the employer data, to print and sign.' })
export class IessRegistrationForm {
  @Access({ scope: 'iess:write' })
  @Field({ description: 'SOLICITUD_ENTREGA_CLAVE or ACUERDO_RESPONSABILIDAD.' })
  kind!: string;

  @Access({ scope: 'iess:write', mask: 'fileName' })
  @Field()
  fileName!: string;

  @Access({ scope: 'iess:write' })
  @Field()
  mediaType!: string;

  @Access({ scope: 'iess:write' })
  @Field(_type => Int)
  sizeBytes!: number;

  @Access({ scope: 'iess:write' })
  @Field()
  sha256!: string;

  @Access({ scope: 'iess:write' })
  @Field({ description: 'The PDF, base64-encoded.' })
  contentBase64!: string;
}
