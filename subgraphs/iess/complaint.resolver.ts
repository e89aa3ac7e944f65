import { complaintResolver } from '../../shared/attention/complaint.resolver';

export const IessComplaintResolver = complaintResolver({ mutation: 'recordIessComplaint', scope: 'iess:write', serviceLabel: 'the IESS clave patronal' });
