// What the actions read from the panel query's `taxpayer` (PanelContext.taxpayer / PanelItem.record), per
// service: the read side's query must select at least these (GraphQL merges them with its own fields).

export const ACTION_FIELDS: Record<'sal' | 'sut' | 'trainers' | 'iess', string> = {
  sal: 'ruc salInstitution { name } salKeyRequests { id kind status submittedAt }',
  sut: 'ruc systemKeyRecoveries { id system status receivedAt }',
  trainers: 'ruc trainerCredentials { id status code requestedAt issuedAt }',
  iess:
    'ruc iessEmployer { businessName legalRepresentativeNames legalRepresentativeIdType qualifiedArtisan } ' +
    'iessEmployerKeyRequests { id channel status submittedAt updatedAt appointmentAt attendedAt thirdPartyNames attorneyNames powerOfAttorneyNumber powerOfAttorneyValidatedBy }',
};
