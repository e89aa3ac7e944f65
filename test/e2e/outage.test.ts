import { SUBGRAPH_NAMES, type SubgraphName } from '../../shared/env';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';

const DOSSIER = `query ($rucs: [String!]!) {
  taxpayers(rucs: $rucs) {
    ruc kind
    salInstitution { name } salAccessKeys { status }
    systemKeyRecoveries { status }
    trainerCredentials { status }
    iessEmployer { businessName } iessEmployerKeyRequests { status }
  }
}`;

const SECTIONS: Record<SubgraphName, string[]> = {
  sal: ['salInstitution', 'salAccessKeys'],
  sut: ['systemKeyRecoveries'],
  trainers: ['trainerCredentials'],
  iess: ['iessEmployer', 'iessEmployerKeyRequests'],
};

describe('one subgraph down never empties the dossier', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
  });
  afterAll(() => stack?.stop());

  test.each(SUBGRAPH_NAMES.map(name => [name]))('with %s stopped the others still answer, and readiness names it', async name => {
    const healthy = await stack.queryGateway(DOSSIER, { rucs: ['1760001630001', '1712345675001'] });
    expect(healthy.errors).toBeUndefined();
    await stack.stopSubgraph(name);
    try {
      const { data, errors } = await stack.queryGateway(DOSSIER, { rucs: ['1760001630001', '1712345675001'] });
      expect(data!.taxpayers.map((t: any) => t.ruc)).toEqual(['1760001630001', '1712345675001']);
      for (const [index, taxpayer] of (data!.taxpayers as any[]).entries()) {
        for (const [service, fields] of Object.entries(SECTIONS)) {
          for (const field of fields) {
            if (service === name) expect(taxpayer[field] === null || (Array.isArray(taxpayer[field]) && taxpayer[field].length === 0)).toBe(true);
            else expect(taxpayer[field]).toEqual(healthy.data!.taxpayers[index][field]);
          }
        }
      }
      expect(errors!.length).toBe(SECTIONS[name].length * 2);
      for (const error of errors!) {
        expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: name });
        expect(SECTIONS[name]).toContain(error.path![2]);
        expect(error.message).toMatch(/no está disponible/);
      }
      const ready = await fetch(`${stack.baseUrl}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable', down: [name] });
    } finally {
      await stack.restartSubgraph(name);
    }
    const back = await fetch(`${stack.baseUrl}/health/ready`);
    expect(back.status).toBe(200);
  });

  test("a subgraph whose database fails answers SERVICE_UNAVAILABLE and the dossier keeps the rest", async () => {
    await stack.dataSources.iess.destroy(); // the iess process stays up; its database connections are gone
    try {
      const { data, errors } = await stack.queryGateway(DOSSIER, { rucs: ['1760001630001'] });
      const [taxpayer] = data!.taxpayers;
      expect(taxpayer.iessEmployer).toBeNull();
      expect(taxpayer.iessEmployerKeyRequests).toEqual([]);
      expect(taxpayer.salAccessKeys).toHaveLength(2);
      expect(taxpayer.systemKeyRecoveries).toHaveLength(1);
      expect(errors!.length).toBeGreaterThan(0);
      for (const error of errors!) {
        expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'iess' });
        expect(error.path!.slice(0, 2)).toEqual(['taxpayers', 0]);
      }
    } finally {
      await stack.stopSubgraph('iess');
      await stack.restartSubgraph('iess');
    }
  });

  test('liveness stays 200 throughout', async () => {
    const live = await fetch(`${stack.baseUrl}/health/live`);
    expect(live.status).toBe(200);
  });
});
