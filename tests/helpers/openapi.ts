import { openApiDocument } from '../../lib/openapi.ts';

// What the OpenAPI document lists, for tests that check a record kind is in it.

const doc = openApiDocument as {
  paths: Record<string, Record<string, { operationId: string }>>;
  components: { schemas: Record<string, unknown> };
};

export const documented = {
  paths: Object.keys(doc.paths),
  operationIds: Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId)),
  schemas: Object.keys(doc.components.schemas),
};
