import { complaintResolver } from '../../shared/attention/complaint.resolver';

export const SalComplaintResolver = complaintResolver({ mutation: 'recordSalComplaint', scope: 'sal:write', serviceLabel: 'the SAL key service' });
