import { complaintResolver } from '../../shared/attention/complaint.resolver';

export const SutComplaintResolver = complaintResolver({ mutation: 'recordSutComplaint', scope: 'sut:write', serviceLabel: 'SUT / Salarios en Línea key recovery' });
