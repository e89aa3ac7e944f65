import { ACTION_FIELDS } from '../actions/panel-fields';
import type { ServiceKey } from '../contract';

// One query per panel, so each panel shows as soon as its service answers. Every item brings its id,
// status and channel, and what the actions read (ACTION_FIELDS, merged in); document contents are fetched only on "Descargar".

const TAXPAYER = 'ruc kind cedula checksumVerified';
const DOCUMENTS = 'documents { id kind fileName mediaType sizeBytes }';
const HISTORY = 'history { at actor fromStatus toStatus note }';

export const PANEL_QUERIES: Record<ServiceKey, string> = {
  sal: `query PanelSal($ruc: String!) { taxpayer(ruc: $ruc) { ${TAXPAYER}
  salInstitution { ruc name status governmentFunction pendingAuthorizationProcesses }
  salAccessKeys { id status holderNames holderCedula holderEmail issuedAt deactivatedAt deactivationReason mustChangePassword lockedUntil lastSignInAt requestId }
  salKeyRequests { id kind status holderNames holderCedula holderEmail requesterNames submittedAt requestedAccessDate decidedAt observations mailbox deactivationReason ${DOCUMENTS} ${HISTORY} } ${ACTION_FIELDS.sal} } }`,
  sut: `query PanelSut($ruc: String!) { taxpayer(ruc: $ruc) { ${TAXPAYER}
  systemKeyRecoveries { id system channel status contactEmail receivedAt resolvedAt linkExpiresAt linkUsedAt rejectionReason quipuxDocumentNumber callerPhone attentionPointCode attentionPoint { city } ${DOCUMENTS} ${HISTORY} } ${ACTION_FIELDS.sut} } }`,
  trainers: `query PanelTrainers($ruc: String!) { taxpayer(ruc: $ruc) { ${TAXPAYER}
  trainerCredentials { id code status channel requestedAt issuedAt deliveredAt validUntil revokedAt revocationReason email trainerCedula
    trainer { names cedula identificationType qualificationResolutionNumber qualificationResolutionDate qualificationWithdrawnAt } ${DOCUMENTS} ${HISTORY} } ${ACTION_FIELDS.trainers} } }`,
  iess: `query PanelIess($ruc: String!) { taxpayer(ruc: $ruc) { ${TAXPAYER}
  iessEmployer { ruc businessName qualifiedArtisan legalRepresentativeNames legalRepresentativeIdType legalRepresentativeId email hasEmployerKey employerKeyDeliveredAt employerKeyActivateBefore sector { name } }
  iessEmployerKeyRequests { id channel status province agency appointmentAt attendedAt submittedAt observations contactEmail signatureKind
    thirdPartyNames thirdPartyIdType thirdPartyIdNumber attorneyNames attorneyIdType attorneyIdNumber powerOfAttorneyNumber powerOfAttorneyValidatedBy keyPickedUpBy keyDeliveredAt decidedBy windowKeyNotice { handedTo activateBefore printText }
    ${DOCUMENTS} ${HISTORY} } ${ACTION_FIELDS.iess} } }`,
};

/** The list field holding a service's requests, and its GraphQL type (documents are fetched through it). */
export const ITEM_LISTS: Record<ServiceKey, Array<{ field: string; type: string }>> = {
  sal: [
    { field: 'salAccessKeys', type: 'SalAccessKey' },
    { field: 'salKeyRequests', type: 'SalKeyRequest' },
  ],
  sut: [{ field: 'systemKeyRecoveries', type: 'SystemKeyRecovery' }],
  trainers: [{ field: 'trainerCredentials', type: 'TrainerCredential' }],
  iess: [{ field: 'iessEmployerKeyRequests', type: 'IessEmployerKeyRequest' }],
};

/** The by-reference root query of each request list: a request's own documents, by its id. */
const BY_REFERENCE: Record<string, string> = {
  salKeyRequests: 'salKeyRequestsByReference',
  systemKeyRecoveries: 'systemKeyRecoveriesByReference',
  trainerCredentials: 'trainerCredentialsByReference',
  iessEmployerKeyRequests: 'iessEmployerKeyRequestsByReference',
};

/** One request's documents with their content, asked for only when the clerk clicks "Descargar". */
export function documentQuery(listField: string): { field: string; query: string } {
  const field = BY_REFERENCE[listField];
  return { field, query: `query Documento($id: String!) { ${field}(reference: $id) { id documents { id fileName mediaType contentBase64 } } }` };
}
