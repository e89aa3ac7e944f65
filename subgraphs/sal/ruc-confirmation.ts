import { Field, ObjectType } from 'type-graphql';
import { Access } from '../../shared/auth/access';

@ObjectType({ description: 'The first step of the SAL sign-in (§6.3): the institution\'s RUC, checked before the credentials are asked.' })
export class SalRucConfirmation {
  @Access({ scope: 'sal:write' })
  @Field()
  ruc!: string;

  @Access({ scope: 'sal:write' })
  @Field({ description: 'true when the RUC is an active SAL institution: the user name (cédula) and password may follow.' })
  confirmed!: boolean;

  @Access({ scope: 'sal:write' })
  @Field({ description: 'What the sign-in page shows: "datos confirmados, favor ingresar sus credenciales" when confirmed.' })
  message!: string;
}
