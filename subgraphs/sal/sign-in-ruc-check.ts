import { SalInstitutionStatus } from './enums';
import type { SalInstitution } from './institution';
import type { SalRucConfirmation } from './ruc-confirmation';

// §6.3 step 2: the RUC is typed first; when it is validated the system answers with the seed's own words
// and only then asks for the user (cédula) and the password. A deactivated institution is not confirmed.

export const RUC_CONFIRMED_MESSAGE = 'datos confirmados, favor ingresar sus credenciales';

export function confirmRuc(ruc: string, institution: Pick<SalInstitution, 'status'> | null): SalRucConfirmation {
  if (institution?.status === SalInstitutionStatus.ACTIVE) return { ruc, confirmed: true, message: RUC_CONFIRMED_MESSAGE };
  const why = institution ? 'está desactivada en el SAL' : 'no está registrada en el SAL';
  return { ruc, confirmed: false, message: `La institución con RUC ${ruc} ${why}: no puede ingresar credenciales.` };
}
