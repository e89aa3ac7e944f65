/** Every section of the dossier for a list of RUCs, as the routers under comparison are asked it. */
export const FULL_DOSSIER = `query Expediente($rucs: [String!]!) { taxpayers(rucs: $rucs) {
  ruc kind cedula checksumVerified
  salInstitution { name status } salAccessKeys { id status holderNames }
  systemKeyRecoveries { id system status } trainerCredentials { id status validUntil }
  iessEmployer { businessName hasEmployerKey } iessEmployerKeyRequests { id channel status } } }`;

/** The demo data's three kinds of taxpayer: public institution, company, natural person. */
export const DEMO_RUCS = ['1760001630001', '1791234561001', '1712345675001'];
