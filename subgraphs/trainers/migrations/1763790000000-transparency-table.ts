// Frozen with the migration that imports it: a correction is a new migration.

export interface PublishedMonth {
  month: string;
  complaints: number;
  attentions: number;
}

// Seed 004 transparency table, exactly as published, newest first. A reported 0 stays 0; months the
// table leaves out (2019-02, 2020-07 to 2021-05, …) are absent and report as null.
export const TRAINERS_TRANSPARENCY_TABLE: readonly PublishedMonth[] = [
  { month: '2022-03', complaints: 0, attentions: 0 },
  { month: '2022-02', complaints: 0, attentions: 0 },
  { month: '2022-01', complaints: 0, attentions: 0 },
  { month: '2021-12', complaints: 0, attentions: 0 },
  { month: '2021-11', complaints: 0, attentions: 0 },
  { month: '2021-10', complaints: 0, attentions: 0 },
  { month: '2021-09', complaints: 0, attentions: 0 },
  { month: '2021-08', complaints: 0, attentions: 8 },
  { month: '2021-07', complaints: 0, attentions: 0 },
  { month: '2021-06', complaints: 0, attentions: 0 },
  { month: '2020-06', complaints: 0, attentions: 0 },
  { month: '2020-05', complaints: 0, attentions: 0 },
  { month: '2020-04', complaints: 0, attentions: 0 },
  { month: '2020-03', complaints: 0, attentions: 0 },
  { month: '2020-02', complaints: 0, attentions: 0 },
  { month: '2020-01', complaints: 0, attentions: 0 },
  { month: '2019-12', complaints: 0, attentions: 16 },
  { month: '2019-11', complaints: 0, attentions: 24 },
  { month: '2019-10', complaints: 0, attentions: 29 },
  { month: '2019-09', complaints: 0, attentions: 23 },
  { month: '2019-08', complaints: 0, attentions: 18 },
  { month: '2019-07', complaints: 0, attentions: 29 },
  { month: '2019-06', complaints: 0, attentions: 14 },
  { month: '2019-05', complaints: 0, attentions: 18 },
  { month: '2019-04', complaints: 0, attentions: 20 },
  { month: '2019-03', complaints: 0, attentions: 15 },
  { month: '2019-01', complaints: 0, attentions: 27 },
  { month: '2018-12', complaints: 0, attentions: 0 },
  { month: '2018-11', complaints: 0, attentions: 0 },
  { month: '2018-10', complaints: 0, attentions: 0 },
  { month: '2018-09', complaints: 0, attentions: 0 },
  { month: '2018-08', complaints: 0, attentions: 0 },
  { month: '2018-07', complaints: 0, attentions: 0 },
  { month: '2018-06', complaints: 0, attentions: 0 },
  { month: '2018-05', complaints: 0, attentions: 0 },
  { month: '2018-04', complaints: 0, attentions: 0 },
  { month: '2018-03', complaints: 0, attentions: 0 },
  { month: '2018-02', complaints: 0, attentions: 0 },
  { month: '2018-01', complaints: 0, attentions: 0 },
];
