import { Field, Int, ObjectType } from 'type-graphql';
import { Access } from '../../shared/auth/access';

@ObjectType({ description: "The Máxima Autoridad's oficio that deactivated the institution (§6.5): what was received, never the content." })
export class SalStatusChangeOficio {
  @Access({ scope: 'sal:read' })
  @Field()
  oficioNumber!: string;

  @Access({ scope: 'sal:read', mask: 'name' })
  @Field({ description: 'The Máxima Autoridad who signed it.' })
  maximaAutoridad!: string;

  @Access({ scope: 'sal:read', mask: 'fileName' })
  @Field(_type => String, { nullable: true, description: 'Null for oficios recorded before documents were received.' })
  fileName!: string | null;

  @Access({ scope: 'sal:read' })
  @Field(_type => String, { nullable: true })
  mediaType!: string | null;

  @Access({ scope: 'sal:read' })
  @Field(_type => Int, { nullable: true })
  sizeBytes!: number | null;

  @Access({ scope: 'sal:read' })
  @Field(_type => String, { nullable: true })
  sha256!: string | null;

  @Access({ scope: 'sal:read' })
  @Field()
  recordedAt!: Date;
}
