import { complaintResolver } from '../../shared/attention/complaint.resolver';

export const TrainersComplaintResolver = complaintResolver({ mutation: 'recordTrainersComplaint', scope: 'trainers:write', serviceLabel: 'independent-trainer credentials' });
