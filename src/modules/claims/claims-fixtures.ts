import { expect } from 'vitest';
import { fieldsAndCodes, type TestApi } from '../../testing/api.js';

/** The claims API tests' way to make the rows they need, each under names of the calling test's own. */
export function claimFixtures(api: TestApi) {
  let serial = 0;
  const next = () => `${process.pid}-${++serial}`;

  const run = async (name: string, input: Record<string, unknown>, selection: string) => {
    const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
    const result = await api.request(`mutation($input: ${type}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`, { input });
    const payload = result.data?.[name];
    return { result, payload, errors: payload ? fieldsAndCodes(payload.userErrors) : null };
  };

  const counterparty = async (prefix: string, extra: Record<string, unknown> = {}) =>
    (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: `${prefix} ${next()}`, ...extra }, 'counterparty { id }')).counterparty.id as string;
  const employee = async (prefix: string) => {
    const n = next();
    return (await api.mutate('createEmployee', { fullName: `${prefix} ${n}`, email: `${prefix}-${n}@example.com` }, 'employee { id }')).employee.id as string;
  };
  const department = async (prefix: string) => (await api.mutate('createDepartment', { name: `${prefix} ${next()}` }, 'department { id }')).department.id as string;
  const cause = async (name: string, parentId?: string) => (await api.mutate('createClaimCause', { name, parentId }, 'group { id }')).group.id as string;
  const person = async (counterpartyId: string) =>
    (await api.mutate('createPerson', { lastName: `Person ${next()}`, positions: [{ counterpartyId, title: 'Buyer' }] }, 'person { id }')).person.id as string;

  /** A typical agreement for `segment` with its price type and a product priced in EUR since 2018. */
  const commerce = async (prefix: string) => {
    const n = next().replace(/-/g, '_');
    const segment = `${prefix}-${n}`;
    const priceType = (await api.mutate('createPriceType', { code: `P${n}`, name: `${prefix} prices ${n}`, currency: 'EUR' }, 'priceType { id }')).priceType.id;
    const product = (await api.mutate('createProduct', { name: `${prefix} product ${n}`, type: 'GOODS', unit: 'pcs' }, 'product { id }')).product.id as string;
    await api.mutate('setPrice', { productId: product, priceTypeId: priceType, effectiveFrom: '2018-01-01', price: '10' }, 'price { id }');
    const created = (await api.mutate('createTypicalAgreement', {
      name: `${prefix} terms ${n}`, segment, terms: { priceTypeId: priceType, currency: 'EUR', deliveryDays: 30 },
    }, 'agreement { id version }')).agreement;
    const agreement = (await api.mutate('activateAgreement', { id: created.id, expectedVersion: created.version }, 'agreement { id }')).agreement.id as string;
    /** An order of `counterpartyId` (of the segment) for `quantity` products at 10 EUR, posted unless `draft`. */
    const order = async (counterpartyId: string, date: string, quantity: string, draft = false) => {
      const made = (await api.mutate('createOrder', {
        number: `${prefix}-O-${next()}`, date, counterpartyId, agreementId: agreement, lines: [{ productId: product, quantity }],
      }, 'order { id version }')).order;
      if (draft) return made.id as string;
      return (await api.mutate('postOrder', { id: made.id, expectedVersion: made.version }, 'order { id }')).order.id as string;
    };
    return { segment, product, agreement, order };
  };

  const CLAIM = `id number status essence demand amountClaimed currency amountGranted result registeredAt closedAt dueAt overdue registeredVia version
    counterparty { id } person { id } departmentAtFault { id } employeeAtFault { id } cause { path } order { id } contract { id } product { id }
    responsibleEmployee { id } tasks { id title status result version }`;

  async function registered(input: Record<string, unknown>) {
    const { payload, errors } = await run('registerClaim', { essence: 'The delivery came broken', ...input }, `claim { ${CLAIM} }`);
    expect(errors).toEqual([]);
    return payload.claim;
  }

  /** Moves a claim to `status`, expecting success; answers the claim. */
  async function moved(claim: { id: string; version: number }, status: string, extra: Record<string, unknown> = {}) {
    const { payload, errors } = await run('changeClaimStatus', { id: claim.id, expectedVersion: claim.version, status, ...extra }, `claim { ${CLAIM} }`);
    expect(errors).toEqual([]);
    return payload.claim;
  }

  return { run, counterparty, employee, department, cause, person, commerce, registered, moved, CLAIM };
}
