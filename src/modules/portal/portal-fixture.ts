import type { TestApi } from '../../testing/api.js';
import { multipartRequest } from '../../testing/multipart.js';

/** What the company deals in, shared by every partner a test makes. */
export interface Catalogue { product: string; typicalAgreement: string; employee: string }

export async function makeCatalogue(api: TestApi, label: string): Promise<Catalogue> {
  const priceType = (await api.mutate('createPriceType', { code: `P-${label}`, name: `Portal prices ${label}`, currency: 'EUR' }, 'priceType { id }')).priceType.id;
  const product = (await api.mutate('createProduct', { name: `Valve ${label}`, type: 'GOODS', unit: 'pcs' }, 'product { id }')).product.id;
  await api.mutate('setPrice', { productId: product, priceTypeId: priceType, effectiveFrom: '2026-01-01', price: '100' }, 'price { id }');
  const typical = (await api.mutate('createTypicalAgreement', {
    name: `Dealers ${label}`, segment: `dealers-${label}`, terms: { priceTypeId: priceType, currency: 'EUR', deliveryDays: 30 },
  }, 'agreement { id version }')).agreement;
  await api.mutate('activateAgreement', { id: typical.id, expectedVersion: typical.version }, 'agreement { id }');
  const employee = (await api.mutate('createEmployee', { fullName: `Engineer ${label}`, email: `engineer-${label}@example.com` }, 'employee { id }')).employee.id;
  return { product, typicalAgreement: typical.id, employee };
}

/** A partner's records in every module the portal shows, made through the staff API; `secret` marks its texts. */
export interface PartnerData {
  counterpartyId: string;
  personId: string;
  /** The global ids of everything the partner owns, for probing another partner's portal. */
  ids: string[];
  /** A text in its records that no other partner's answer may contain. */
  secret: string;
  /** The text of work on its appeal that staff did not share with it. */
  hiddenWork: string;
}

export async function makePartner(api: TestApi, catalogue: Catalogue, label: string): Promise<PartnerData> {
  const secret = `SECRET-${label}-${Math.random().toString(36).slice(2, 8)}`;
  const counterpartyId = (await api.mutate('createCounterparty', {
    kind: 'ORGANIZATION', name: `${secret} Ltd`, roles: ['PARTNER'], notes: `internal note ${secret}`, taxNumber: `TX${label}`,
  }, 'counterparty { id }')).counterparty.id as string;
  const personId = (await api.mutate('createPerson', {
    lastName: `Buyer ${secret}`, positions: [{ counterpartyId, title: 'Purchasing', isPrimary: true }],
  }, 'person { id }')).person.id as string;
  const partner = { counterpartyId, personId, secret, hiddenWork: `Internal call about margins ${secret}`, ids: [counterpartyId, personId] };
  await addRecords(api, catalogue, partner);
  return partner;
}

/** One more agreement, contract, order, obligation, service card and appeal of `partner`'s, their ids added to its `ids`. */
export async function addRecords(api: TestApi, catalogue: Catalogue, partner: PartnerData): Promise<void> {
  const { counterpartyId, secret } = partner;
  const agreement = (await api.mutate('createIndividualAgreement', {
    name: `Agreement ${secret} ${partner.ids.length}`, counterpartyId, baseAgreementId: catalogue.typicalAgreement, terms: { discountPercent: '2' },
  }, 'agreement { id version }')).agreement;
  await api.mutate('activateAgreement', { id: agreement.id, expectedVersion: agreement.version }, 'agreement { id }');
  const contract = (await api.mutate('createContract', {
    counterpartyId, number: `K-${secret}-${partner.ids.length}`, date: '2026-02-01', agreementId: agreement.id, subject: `Supply ${secret}`,
    lines: [{ productId: catalogue.product, quantity: '3', unitPrice: '98' }],
  }, 'contract { id version }')).contract;
  const posted = (await api.mutate('postContract', { id: contract.id, expectedVersion: contract.version }, 'contract { id obligations { id } }')).contract;
  const order = (await api.mutate('createOrder', {
    number: `O-${secret}-${partner.ids.length}`, date: '2026-03-01', counterpartyId, agreementId: agreement.id, contractId: contract.id, lines: [{ productId: catalogue.product, quantity: '2' }],
  }, 'order { id version lines { id } }')).order;
  await api.mutate('postOrder', { id: order.id, expectedVersion: order.version }, 'order { id }');
  await api.mutate('recordShipment', { orderId: order.id, date: '2026-03-05', lines: [{ orderLineId: order.lines[0].id, quantity: '1' }] }, 'shipment { id }');
  await api.mutate('recordPayment', { orderId: order.id, date: '2026-03-06', amount: '50' }, 'payment { id }');
  const obligation = (await api.mutate('createObligation', {
    counterpartyId, kind: 'DOCUMENT', debtor: 'THEIRS', description: `Signed act ${secret}`, dueDate: '2026-04-01',
  }, 'obligation { id }')).obligation.id as string;
  const card = (await api.mutate('createServiceCard', { number: `S-${secret}-${partner.ids.length}`, counterpartyId, notes: `internal ${secret}` }, 'serviceCard { id }')).serviceCard.id as string;
  const visit = (await api.mutate('addServiceVisit', { cardId: card, plannedDate: '2026-05-01' }, 'serviceVisit { id }')).serviceVisit.id as string;
  const appeal = (await api.mutate('registerAppeal', { counterpartyId, subject: `Leak ${secret}`, channel: 'PHONE' }, 'appeal { id }')).appeal.id as string;
  await api.mutate('recordAppealWork', { appealId: appeal, description: `Checked the valve ${secret}`, visibleToClient: true, employeeId: catalogue.employee }, 'appeal { id }');
  await api.mutate('recordAppealWork', { appealId: appeal, description: partner.hiddenWork, employeeId: catalogue.employee }, 'appeal { id }');
  const claim = (await api.mutate('registerClaim', {
    counterpartyId, essence: `Broken valve ${secret}`, demand: 'Replace it', amountClaimed: '98.00', currency: 'EUR', orderId: order.id,
  }, 'claim { id }')).claim.id as string;
  const entry = async (subject: string, visibleToClient: boolean) => (await api.mutate('createChronicleEntry', {
    counterpartyId, claimId: claim, kind: 'NOTE', status: 'DONE', happenedAt: '2026-03-10T10:00:00Z', subject, visibleToClient,
    responsibleEmployeeId: catalogue.employee,
  }, 'chronicleEntry { id }')).chronicleEntry.id as string;
  const shared = await entry(`We sent a new valve ${secret}`, true);
  const hidden = await entry(partner.hiddenWork, false);
  const files = await Promise.all([appeal, claim].map((ownerId) => attachFile(api.url, api.adminKey, ownerId, `${secret}.txt`)));
  partner.ids.push(claim, shared, hidden, ...files.map((file) => file.id));
  partner.ids.push(agreement.id, contract.id, ...posted.obligations.map((o: { id: string }) => o.id), order.id, obligation, card, visit, appeal);
}

/** Attaches a small text file to `ownerId` through the multipart upload of the API at `url`; answers the attachment. */
export async function attachFile(url: string, key: string, ownerId: string, name: string, text = `Contents of ${name}`) {
  const { body } = await multipartRequest(url, key,
    'mutation($input: UploadAttachmentInput!) { uploadAttachment(input: $input) { attachment { id downloadUrl } userErrors { field code message } } }',
    { input: { ownerId, file: null } }, { 0: { paths: ['variables.input.file'], file: { name, type: 'text/plain', data: Buffer.from(text) } } });
  const payload = body.data?.uploadAttachment;
  if (!payload?.attachment) throw new Error(`uploadAttachment failed: ${JSON.stringify(body.errors ?? payload.userErrors)}`);
  return payload.attachment as { id: string; downloadUrl: string };
}
