/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { agreement as Query_agreement } from './agreements/resolvers/Query/agreement.js';
import    { agreements as Query_agreements } from './agreements/resolvers/Query/agreements.js';
import    { apiKeys as Query_apiKeys } from './api-keys/resolvers/Query/apiKeys.js';
import    { appeal as Query_appeal } from './appeals/resolvers/Query/appeal.js';
import    { appealTypes as Query_appealTypes } from './appeals/resolvers/Query/appealTypes.js';
import    { appeals as Query_appeals } from './appeals/resolvers/Query/appeals.js';
import    { calendar as Query_calendar } from './calendar/resolvers/Query/calendar.js';
import    { callLog as Query_callLog } from './contact-cards/resolvers/Query/callLog.js';
import    { campaign as Query_campaign } from './campaigns/resolvers/Query/campaign.js';
import    { campaignEffectiveness as Query_campaignEffectiveness } from './campaigns/resolvers/Query/campaignEffectiveness.js';
import    { campaignGroups as Query_campaignGroups } from './campaigns/resolvers/Query/campaignGroups.js';
import    { campaigns as Query_campaigns } from './campaigns/resolvers/Query/campaigns.js';
import    { chronicleEntries as Query_chronicleEntries } from './chronicle/resolvers/Query/chronicleEntries.js';
import    { chronicleEntry as Query_chronicleEntry } from './chronicle/resolvers/Query/chronicleEntry.js';
import    { claim as Query_claim } from './claims/resolvers/Query/claim.js';
import    { claimCauses as Query_claimCauses } from './claims/resolvers/Query/claimCauses.js';
import    { claimDynamics as Query_claimDynamics } from './claims/resolvers/Query/claimDynamics.js';
import    { claimSatisfaction as Query_claimSatisfaction } from './claims/resolvers/Query/claimSatisfaction.js';
import    { claimStructure as Query_claimStructure } from './claims/resolvers/Query/claimStructure.js';
import    { claims as Query_claims } from './claims/resolvers/Query/claims.js';
import    { contactCard as Query_contactCard } from './contact-cards/resolvers/Query/contactCard.js';
import    { contactCardGroups as Query_contactCardGroups } from './contact-cards/resolvers/Query/contactCardGroups.js';
import    { contactCards as Query_contactCards } from './contact-cards/resolvers/Query/contactCards.js';
import    { contactsReport as Query_contactsReport } from './reports/resolvers/Query/contactsReport.js';
import    { contract as Query_contract } from './contracts/resolvers/Query/contract.js';
import    { contractTemplates as Query_contractTemplates } from './contracts/resolvers/Query/contractTemplates.js';
import    { contracts as Query_contracts } from './contracts/resolvers/Query/contracts.js';
import    { counterparties as Query_counterparties } from './counterparties/resolvers/Query/counterparties.js';
import    { counterparty as Query_counterparty } from './counterparties/resolvers/Query/counterparty.js';
import    { counterpartyByExternalId as Query_counterpartyByExternalId } from './counterparties/resolvers/Query/counterpartyByExternalId.js';
import    { counterpartyContactList as Query_counterpartyContactList } from './reports/resolvers/Query/counterpartyContactList.js';
import    { counterpartyGroups as Query_counterpartyGroups } from './counterparties/resolvers/Query/counterpartyGroups.js';
import    { counterpartyWorkHistory as Query_counterpartyWorkHistory } from './reports/resolvers/Query/counterpartyWorkHistory.js';
import    { deal as Query_deal } from './deals/resolvers/Query/deal.js';
import    { deals as Query_deals } from './deals/resolvers/Query/deals.js';
import    { departments as Query_departments } from './catalogues/resolvers/Query/departments.js';
import    { employees as Query_employees } from './catalogues/resolvers/Query/employees.js';
import    { informationSources as Query_informationSources } from './catalogues/resolvers/Query/informationSources.js';
import    { knowledgeArticles as Query_knowledgeArticles } from './appeals/resolvers/Query/knowledgeArticles.js';
import    { lostReasons as Query_lostReasons } from './deals/resolvers/Query/lostReasons.js';
import    { managerPerformance as Query_managerPerformance } from './reports/resolvers/Query/managerPerformance.js';
import    { node as Query_node } from './base/resolvers/Query/node.js';
import    { nodes as Query_nodes } from './base/resolvers/Query/nodes.js';
import    { obligation as Query_obligation } from './obligations/resolvers/Query/obligation.js';
import    { obligations as Query_obligations } from './obligations/resolvers/Query/obligations.js';
import    { order as Query_order } from './orders/resolvers/Query/order.js';
import    { orderAnalysis as Query_orderAnalysis } from './reports/resolvers/Query/orderAnalysis.js';
import    { orders as Query_orders } from './orders/resolvers/Query/orders.js';
import    { parameterDefinitions as Query_parameterDefinitions } from './counterparties/resolvers/Query/parameterDefinitions.js';
import    { partnerSalesActivity as Query_partnerSalesActivity } from './claims/resolvers/Query/partnerSalesActivity.js';
import    { person as Query_person } from './persons/resolvers/Query/person.js';
import    { personByExternalId as Query_personByExternalId } from './persons/resolvers/Query/personByExternalId.js';
import    { persons as Query_persons } from './persons/resolvers/Query/persons.js';
import    { priceTypes as Query_priceTypes } from './products/resolvers/Query/priceTypes.js';
import    { product as Query_product } from './products/resolvers/Query/product.js';
import    { productByExternalId as Query_productByExternalId } from './products/resolvers/Query/productByExternalId.js';
import    { productGroups as Query_productGroups } from './products/resolvers/Query/productGroups.js';
import    { products as Query_products } from './products/resolvers/Query/products.js';
import    { recordHistory as Query_recordHistory } from './history/resolvers/Query/recordHistory.js';
import    { salesAfterCampaign as Query_salesAfterCampaign } from './campaigns/resolvers/Query/salesAfterCampaign.js';
import    { salesFunnel as Query_salesFunnel } from './deals/resolvers/Query/salesFunnel.js';
import    { serviceCard as Query_serviceCard } from './service-cards/resolvers/Query/serviceCard.js';
import    { serviceCardGroups as Query_serviceCardGroups } from './service-cards/resolvers/Query/serviceCardGroups.js';
import    { serviceCards as Query_serviceCards } from './service-cards/resolvers/Query/serviceCards.js';
import    { sourceAnalysis as Query_sourceAnalysis } from './reports/resolvers/Query/sourceAnalysis.js';
import    { sourceEffectiveness as Query_sourceEffectiveness } from './campaigns/resolvers/Query/sourceEffectiveness.js';
import    { task as Query_task } from './tasks/resolvers/Query/task.js';
import    { tasks as Query_tasks } from './tasks/resolvers/Query/tasks.js';
import    { timeEntries as Query_timeEntries } from './work-time/resolvers/Query/timeEntries.js';
import    { viewer as Query_viewer } from './base/resolvers/Query/viewer.js';
import    { webhookDeliveries as Query_webhookDeliveries } from './webhooks/resolvers/Query/webhookDeliveries.js';
import    { webhooks as Query_webhooks } from './webhooks/resolvers/Query/webhooks.js';
import    { workTimeSummary as Query_workTimeSummary } from './work-time/resolvers/Query/workTimeSummary.js';
import    { activateAgreement as Mutation_activateAgreement } from './agreements/resolvers/Mutation/activateAgreement.js';
import    { addCampaignExpense as Mutation_addCampaignExpense } from './campaigns/resolvers/Mutation/addCampaignExpense.js';
import    { addCampaignMaterial as Mutation_addCampaignMaterial } from './campaigns/resolvers/Mutation/addCampaignMaterial.js';
import    { addCampaignParticipant as Mutation_addCampaignParticipant } from './campaigns/resolvers/Mutation/addCampaignParticipant.js';
import    { addCampaignRevenue as Mutation_addCampaignRevenue } from './campaigns/resolvers/Mutation/addCampaignRevenue.js';
import    { addContactCardPerson as Mutation_addContactCardPerson } from './contact-cards/resolvers/Mutation/addContactCardPerson.js';
import    { addServiceVisit as Mutation_addServiceVisit } from './service-cards/resolvers/Mutation/addServiceVisit.js';
import    { archiveContactCard as Mutation_archiveContactCard } from './contact-cards/resolvers/Mutation/archiveContactCard.js';
import    { archiveCounterparty as Mutation_archiveCounterparty } from './counterparties/resolvers/Mutation/archiveCounterparty.js';
import    { archivePerson as Mutation_archivePerson } from './persons/resolvers/Mutation/archivePerson.js';
import    { archiveProduct as Mutation_archiveProduct } from './products/resolvers/Mutation/archiveProduct.js';
import    { archiveServiceCard as Mutation_archiveServiceCard } from './service-cards/resolvers/Mutation/archiveServiceCard.js';
import    { assignAppeal as Mutation_assignAppeal } from './appeals/resolvers/Mutation/assignAppeal.js';
import    { cancelChronicleEntry as Mutation_cancelChronicleEntry } from './chronicle/resolvers/Mutation/cancelChronicleEntry.js';
import    { cancelContract as Mutation_cancelContract } from './contracts/resolvers/Mutation/cancelContract.js';
import    { cancelObligation as Mutation_cancelObligation } from './obligations/resolvers/Mutation/cancelObligation.js';
import    { cancelOrder as Mutation_cancelOrder } from './orders/resolvers/Mutation/cancelOrder.js';
import    { cancelTask as Mutation_cancelTask } from './tasks/resolvers/Mutation/cancelTask.js';
import    { changeAppealStatus as Mutation_changeAppealStatus } from './appeals/resolvers/Mutation/changeAppealStatus.js';
import    { changeCampaignStatus as Mutation_changeCampaignStatus } from './campaigns/resolvers/Mutation/changeCampaignStatus.js';
import    { changeClaimStatus as Mutation_changeClaimStatus } from './claims/resolvers/Mutation/changeClaimStatus.js';
import    { changeDealStage as Mutation_changeDealStage } from './deals/resolvers/Mutation/changeDealStage.js';
import    { closeAgreement as Mutation_closeAgreement } from './agreements/resolvers/Mutation/closeAgreement.js';
import    { closeContract as Mutation_closeContract } from './contracts/resolvers/Mutation/closeContract.js';
import    { closeServiceVisit as Mutation_closeServiceVisit } from './service-cards/resolvers/Mutation/closeServiceVisit.js';
import    { completeChronicleEntry as Mutation_completeChronicleEntry } from './chronicle/resolvers/Mutation/completeChronicleEntry.js';
import    { completeTask as Mutation_completeTask } from './tasks/resolvers/Mutation/completeTask.js';
import    { convertContactCard as Mutation_convertContactCard } from './contact-cards/resolvers/Mutation/convertContactCard.js';
import    { createApiKey as Mutation_createApiKey } from './api-keys/resolvers/Mutation/createApiKey.js';
import    { createAppealType as Mutation_createAppealType } from './appeals/resolvers/Mutation/createAppealType.js';
import    { createAttachmentUploadUrl as Mutation_createAttachmentUploadUrl } from './attachments/resolvers/Mutation/createAttachmentUploadUrl.js';
import    { createCampaign as Mutation_createCampaign } from './campaigns/resolvers/Mutation/createCampaign.js';
import    { createCampaignGroup as Mutation_createCampaignGroup } from './campaigns/resolvers/Mutation/createCampaignGroup.js';
import    { createChronicleEntry as Mutation_createChronicleEntry } from './chronicle/resolvers/Mutation/createChronicleEntry.js';
import    { createClaimCause as Mutation_createClaimCause } from './claims/resolvers/Mutation/createClaimCause.js';
import    { createContactCard as Mutation_createContactCard } from './contact-cards/resolvers/Mutation/createContactCard.js';
import    { createContactCardGroup as Mutation_createContactCardGroup } from './contact-cards/resolvers/Mutation/createContactCardGroup.js';
import    { createContract as Mutation_createContract } from './contracts/resolvers/Mutation/createContract.js';
import    { createContractTemplate as Mutation_createContractTemplate } from './contracts/resolvers/Mutation/createContractTemplate.js';
import    { createCounterparty as Mutation_createCounterparty } from './counterparties/resolvers/Mutation/createCounterparty.js';
import    { createCounterpartyGroup as Mutation_createCounterpartyGroup } from './counterparties/resolvers/Mutation/createCounterpartyGroup.js';
import    { createCounterpartyObject as Mutation_createCounterpartyObject } from './counterparties/resolvers/Mutation/createCounterpartyObject.js';
import    { createDeal as Mutation_createDeal } from './deals/resolvers/Mutation/createDeal.js';
import    { createDepartment as Mutation_createDepartment } from './catalogues/resolvers/Mutation/createDepartment.js';
import    { createEmployee as Mutation_createEmployee } from './catalogues/resolvers/Mutation/createEmployee.js';
import    { createIndividualAgreement as Mutation_createIndividualAgreement } from './agreements/resolvers/Mutation/createIndividualAgreement.js';
import    { createInformationSource as Mutation_createInformationSource } from './catalogues/resolvers/Mutation/createInformationSource.js';
import    { createKnowledgeArticle as Mutation_createKnowledgeArticle } from './appeals/resolvers/Mutation/createKnowledgeArticle.js';
import    { createLostReason as Mutation_createLostReason } from './deals/resolvers/Mutation/createLostReason.js';
import    { createObligation as Mutation_createObligation } from './obligations/resolvers/Mutation/createObligation.js';
import    { createOrder as Mutation_createOrder } from './orders/resolvers/Mutation/createOrder.js';
import    { createParameterDefinition as Mutation_createParameterDefinition } from './counterparties/resolvers/Mutation/createParameterDefinition.js';
import    { createPartnerApiKey as Mutation_createPartnerApiKey } from './api-keys/resolvers/Mutation/createPartnerApiKey.js';
import    { createPerson as Mutation_createPerson } from './persons/resolvers/Mutation/createPerson.js';
import    { createPriceType as Mutation_createPriceType } from './products/resolvers/Mutation/createPriceType.js';
import    { createProduct as Mutation_createProduct } from './products/resolvers/Mutation/createProduct.js';
import    { createProductGroup as Mutation_createProductGroup } from './products/resolvers/Mutation/createProductGroup.js';
import    { createServiceCard as Mutation_createServiceCard } from './service-cards/resolvers/Mutation/createServiceCard.js';
import    { createServiceCardGroup as Mutation_createServiceCardGroup } from './service-cards/resolvers/Mutation/createServiceCardGroup.js';
import    { createTask as Mutation_createTask } from './tasks/resolvers/Mutation/createTask.js';
import    { createTimeEntry as Mutation_createTimeEntry } from './work-time/resolvers/Mutation/createTimeEntry.js';
import    { createTypicalAgreement as Mutation_createTypicalAgreement } from './agreements/resolvers/Mutation/createTypicalAgreement.js';
import    { createWebhook as Mutation_createWebhook } from './webhooks/resolvers/Mutation/createWebhook.js';
import    { deleteAppealType as Mutation_deleteAppealType } from './appeals/resolvers/Mutation/deleteAppealType.js';
import    { deleteAttachment as Mutation_deleteAttachment } from './attachments/resolvers/Mutation/deleteAttachment.js';
import    { deleteCampaignGroup as Mutation_deleteCampaignGroup } from './campaigns/resolvers/Mutation/deleteCampaignGroup.js';
import    { deleteClaimCause as Mutation_deleteClaimCause } from './claims/resolvers/Mutation/deleteClaimCause.js';
import    { deleteContactCardGroup as Mutation_deleteContactCardGroup } from './contact-cards/resolvers/Mutation/deleteContactCardGroup.js';
import    { deleteCounterpartyGroup as Mutation_deleteCounterpartyGroup } from './counterparties/resolvers/Mutation/deleteCounterpartyGroup.js';
import    { deleteCounterpartyObject as Mutation_deleteCounterpartyObject } from './counterparties/resolvers/Mutation/deleteCounterpartyObject.js';
import    { deletePrice as Mutation_deletePrice } from './products/resolvers/Mutation/deletePrice.js';
import    { deleteProductGroup as Mutation_deleteProductGroup } from './products/resolvers/Mutation/deleteProductGroup.js';
import    { deleteServiceCardGroup as Mutation_deleteServiceCardGroup } from './service-cards/resolvers/Mutation/deleteServiceCardGroup.js';
import    { deleteTimeEntry as Mutation_deleteTimeEntry } from './work-time/resolvers/Mutation/deleteTimeEntry.js';
import    { deleteWebhook as Mutation_deleteWebhook } from './webhooks/resolvers/Mutation/deleteWebhook.js';
import    { generateServiceSchedule as Mutation_generateServiceSchedule } from './service-cards/resolvers/Mutation/generateServiceSchedule.js';
import    { importAppeals as Mutation_importAppeals } from './appeals/resolvers/Mutation/importAppeals.js';
import    { importCampaignParticipants as Mutation_importCampaignParticipants } from './campaigns/resolvers/Mutation/importCampaignParticipants.js';
import    { importCampaigns as Mutation_importCampaigns } from './campaigns/resolvers/Mutation/importCampaigns.js';
import    { importChronicleEntries as Mutation_importChronicleEntries } from './chronicle/resolvers/Mutation/importChronicleEntries.js';
import    { importClaims as Mutation_importClaims } from './claims/resolvers/Mutation/importClaims.js';
import    { importContactCards as Mutation_importContactCards } from './contact-cards/resolvers/Mutation/importContactCards.js';
import    { importCounterparties as Mutation_importCounterparties } from './counterparties/resolvers/Mutation/importCounterparties.js';
import    { importDeals as Mutation_importDeals } from './deals/resolvers/Mutation/importDeals.js';
import    { importObligations as Mutation_importObligations } from './obligations/resolvers/Mutation/importObligations.js';
import    { importPersons as Mutation_importPersons } from './persons/resolvers/Mutation/importPersons.js';
import    { importPrices as Mutation_importPrices } from './products/resolvers/Mutation/importPrices.js';
import    { importProducts as Mutation_importProducts } from './products/resolvers/Mutation/importProducts.js';
import    { importServiceCards as Mutation_importServiceCards } from './service-cards/resolvers/Mutation/importServiceCards.js';
import    { importTasks as Mutation_importTasks } from './tasks/resolvers/Mutation/importTasks.js';
import    { importVCards as Mutation_importVCards } from './vcards/resolvers/Mutation/importVCards.js';
import    { linkDealOrder as Mutation_linkDealOrder } from './deals/resolvers/Mutation/linkDealOrder.js';
import    { markNotificationsRead as Mutation_markNotificationsRead } from './notifications/resolvers/Mutation/markNotificationsRead.js';
import    { moveAppealType as Mutation_moveAppealType } from './appeals/resolvers/Mutation/moveAppealType.js';
import    { moveCampaignGroup as Mutation_moveCampaignGroup } from './campaigns/resolvers/Mutation/moveCampaignGroup.js';
import    { moveClaimCause as Mutation_moveClaimCause } from './claims/resolvers/Mutation/moveClaimCause.js';
import    { moveContactCardGroup as Mutation_moveContactCardGroup } from './contact-cards/resolvers/Mutation/moveContactCardGroup.js';
import    { moveCounterpartyGroup as Mutation_moveCounterpartyGroup } from './counterparties/resolvers/Mutation/moveCounterpartyGroup.js';
import    { moveDeal as Mutation_moveDeal } from './deals/resolvers/Mutation/moveDeal.js';
import    { moveProductGroup as Mutation_moveProductGroup } from './products/resolvers/Mutation/moveProductGroup.js';
import    { moveServiceCardGroup as Mutation_moveServiceCardGroup } from './service-cards/resolvers/Mutation/moveServiceCardGroup.js';
import    { postContract as Mutation_postContract } from './contracts/resolvers/Mutation/postContract.js';
import    { postOrder as Mutation_postOrder } from './orders/resolvers/Mutation/postOrder.js';
import    { recordAppealWork as Mutation_recordAppealWork } from './appeals/resolvers/Mutation/recordAppealWork.js';
import    { recordObligationFulfilment as Mutation_recordObligationFulfilment } from './obligations/resolvers/Mutation/recordObligationFulfilment.js';
import    { recordPayment as Mutation_recordPayment } from './orders/resolvers/Mutation/recordPayment.js';
import    { recordServiceVisit as Mutation_recordServiceVisit } from './service-cards/resolvers/Mutation/recordServiceVisit.js';
import    { recordShipment as Mutation_recordShipment } from './orders/resolvers/Mutation/recordShipment.js';
import    { registerAppeal as Mutation_registerAppeal } from './appeals/resolvers/Mutation/registerAppeal.js';
import    { registerCall as Mutation_registerCall } from './contact-cards/resolvers/Mutation/registerCall.js';
import    { registerClaim as Mutation_registerClaim } from './claims/resolvers/Mutation/registerClaim.js';
import    { removeCampaignExpense as Mutation_removeCampaignExpense } from './campaigns/resolvers/Mutation/removeCampaignExpense.js';
import    { removeCampaignMaterial as Mutation_removeCampaignMaterial } from './campaigns/resolvers/Mutation/removeCampaignMaterial.js';
import    { removeCampaignParticipant as Mutation_removeCampaignParticipant } from './campaigns/resolvers/Mutation/removeCampaignParticipant.js';
import    { removeCampaignRevenue as Mutation_removeCampaignRevenue } from './campaigns/resolvers/Mutation/removeCampaignRevenue.js';
import    { removeContactCardPerson as Mutation_removeContactCardPerson } from './contact-cards/resolvers/Mutation/removeContactCardPerson.js';
import    { removeCounterpartyCompetitor as Mutation_removeCounterpartyCompetitor } from './counterparties/resolvers/Mutation/removeCounterpartyCompetitor.js';
import    { removeProductRelation as Mutation_removeProductRelation } from './products/resolvers/Mutation/removeProductRelation.js';
import    { renameAppealType as Mutation_renameAppealType } from './appeals/resolvers/Mutation/renameAppealType.js';
import    { renameCampaignGroup as Mutation_renameCampaignGroup } from './campaigns/resolvers/Mutation/renameCampaignGroup.js';
import    { renameClaimCause as Mutation_renameClaimCause } from './claims/resolvers/Mutation/renameClaimCause.js';
import    { renameContactCardGroup as Mutation_renameContactCardGroup } from './contact-cards/resolvers/Mutation/renameContactCardGroup.js';
import    { renameCounterpartyGroup as Mutation_renameCounterpartyGroup } from './counterparties/resolvers/Mutation/renameCounterpartyGroup.js';
import    { renameProductGroup as Mutation_renameProductGroup } from './products/resolvers/Mutation/renameProductGroup.js';
import    { renameServiceCardGroup as Mutation_renameServiceCardGroup } from './service-cards/resolvers/Mutation/renameServiceCardGroup.js';
import    { reopenClaim as Mutation_reopenClaim } from './claims/resolvers/Mutation/reopenClaim.js';
import    { reopenDeal as Mutation_reopenDeal } from './deals/resolvers/Mutation/reopenDeal.js';
import    { reopenTask as Mutation_reopenTask } from './tasks/resolvers/Mutation/reopenTask.js';
import    { restoreContactCard as Mutation_restoreContactCard } from './contact-cards/resolvers/Mutation/restoreContactCard.js';
import    { restoreCounterparty as Mutation_restoreCounterparty } from './counterparties/resolvers/Mutation/restoreCounterparty.js';
import    { restorePerson as Mutation_restorePerson } from './persons/resolvers/Mutation/restorePerson.js';
import    { restoreProduct as Mutation_restoreProduct } from './products/resolvers/Mutation/restoreProduct.js';
import    { restoreServiceCard as Mutation_restoreServiceCard } from './service-cards/resolvers/Mutation/restoreServiceCard.js';
import    { revokeApiKey as Mutation_revokeApiKey } from './api-keys/resolvers/Mutation/revokeApiKey.js';
import    { rotateWebhookSecret as Mutation_rotateWebhookSecret } from './webhooks/resolvers/Mutation/rotateWebhookSecret.js';
import    { sendEmail as Mutation_sendEmail } from './email/resolvers/Mutation/sendEmail.js';
import    { setCounterpartyCompetitor as Mutation_setCounterpartyCompetitor } from './counterparties/resolvers/Mutation/setCounterpartyCompetitor.js';
import    { setCounterpartyParameters as Mutation_setCounterpartyParameters } from './counterparties/resolvers/Mutation/setCounterpartyParameters.js';
import    { setPrice as Mutation_setPrice } from './products/resolvers/Mutation/setPrice.js';
import    { setProductRelation as Mutation_setProductRelation } from './products/resolvers/Mutation/setProductRelation.js';
import    { setServiceVisitReminder as Mutation_setServiceVisitReminder } from './service-cards/resolvers/Mutation/setServiceVisitReminder.js';
import    { unlinkDealOrder as Mutation_unlinkDealOrder } from './deals/resolvers/Mutation/unlinkDealOrder.js';
import    { updateAgreement as Mutation_updateAgreement } from './agreements/resolvers/Mutation/updateAgreement.js';
import    { updateAppeal as Mutation_updateAppeal } from './appeals/resolvers/Mutation/updateAppeal.js';
import    { updateCampaign as Mutation_updateCampaign } from './campaigns/resolvers/Mutation/updateCampaign.js';
import    { updateCampaignExpense as Mutation_updateCampaignExpense } from './campaigns/resolvers/Mutation/updateCampaignExpense.js';
import    { updateCampaignMaterial as Mutation_updateCampaignMaterial } from './campaigns/resolvers/Mutation/updateCampaignMaterial.js';
import    { updateCampaignParticipant as Mutation_updateCampaignParticipant } from './campaigns/resolvers/Mutation/updateCampaignParticipant.js';
import    { updateCampaignRevenue as Mutation_updateCampaignRevenue } from './campaigns/resolvers/Mutation/updateCampaignRevenue.js';
import    { updateChronicleEntry as Mutation_updateChronicleEntry } from './chronicle/resolvers/Mutation/updateChronicleEntry.js';
import    { updateClaim as Mutation_updateClaim } from './claims/resolvers/Mutation/updateClaim.js';
import    { updateContactCard as Mutation_updateContactCard } from './contact-cards/resolvers/Mutation/updateContactCard.js';
import    { updateContract as Mutation_updateContract } from './contracts/resolvers/Mutation/updateContract.js';
import    { updateContractTemplate as Mutation_updateContractTemplate } from './contracts/resolvers/Mutation/updateContractTemplate.js';
import    { updateCounterparty as Mutation_updateCounterparty } from './counterparties/resolvers/Mutation/updateCounterparty.js';
import    { updateCounterpartyObject as Mutation_updateCounterpartyObject } from './counterparties/resolvers/Mutation/updateCounterpartyObject.js';
import    { updateDeal as Mutation_updateDeal } from './deals/resolvers/Mutation/updateDeal.js';
import    { updateDepartment as Mutation_updateDepartment } from './catalogues/resolvers/Mutation/updateDepartment.js';
import    { updateEmployee as Mutation_updateEmployee } from './catalogues/resolvers/Mutation/updateEmployee.js';
import    { updateInformationSource as Mutation_updateInformationSource } from './catalogues/resolvers/Mutation/updateInformationSource.js';
import    { updateKnowledgeArticle as Mutation_updateKnowledgeArticle } from './appeals/resolvers/Mutation/updateKnowledgeArticle.js';
import    { updateLostReason as Mutation_updateLostReason } from './deals/resolvers/Mutation/updateLostReason.js';
import    { updateObligation as Mutation_updateObligation } from './obligations/resolvers/Mutation/updateObligation.js';
import    { updateOrder as Mutation_updateOrder } from './orders/resolvers/Mutation/updateOrder.js';
import    { updatePerson as Mutation_updatePerson } from './persons/resolvers/Mutation/updatePerson.js';
import    { updatePriceType as Mutation_updatePriceType } from './products/resolvers/Mutation/updatePriceType.js';
import    { updateProduct as Mutation_updateProduct } from './products/resolvers/Mutation/updateProduct.js';
import    { updateServiceCard as Mutation_updateServiceCard } from './service-cards/resolvers/Mutation/updateServiceCard.js';
import    { updateTask as Mutation_updateTask } from './tasks/resolvers/Mutation/updateTask.js';
import    { updateTimeEntry as Mutation_updateTimeEntry } from './work-time/resolvers/Mutation/updateTimeEntry.js';
import    { updateWebhook as Mutation_updateWebhook } from './webhooks/resolvers/Mutation/updateWebhook.js';
import    { uploadAttachment as Mutation_uploadAttachment } from './attachments/resolvers/Mutation/uploadAttachment.js';
import    { appealChanged as Subscription_appealChanged } from './appeals/resolvers/Subscription/appealChanged.js';
import    { chronicleChanged as Subscription_chronicleChanged } from './chronicle/resolvers/Subscription/chronicleChanged.js';
import    { claimChanged as Subscription_claimChanged } from './claims/resolvers/Subscription/claimChanged.js';
import    { notificationAdded as Subscription_notificationAdded } from './notifications/resolvers/Subscription/notificationAdded.js';
import    { Agreement as agreements_Agreement } from './agreements/resolvers/Agreement.js';
import    { Agreement as contracts_Agreement } from './contracts/resolvers/Agreement.js';
import    { Agreement as history_Agreement } from './history/resolvers/Agreement.js';
import    { AgreementConnection } from './agreements/resolvers/AgreementConnection.js';
import    { AgreementTerms } from './agreements/resolvers/AgreementTerms.js';
import    { ApiKey } from './api-keys/resolvers/ApiKey.js';
import    { ApiKeyConnection } from './api-keys/resolvers/ApiKeyConnection.js';
import    { Appeal as appeals_Appeal } from './appeals/resolvers/Appeal.js';
import    { Appeal as attachments_Appeal } from './attachments/resolvers/Appeal.js';
import    { Appeal as history_Appeal } from './history/resolvers/Appeal.js';
import    { AppealAction } from './appeals/resolvers/AppealAction.js';
import    { AppealChange } from './appeals/resolvers/AppealChange.js';
import    { AppealConnection } from './appeals/resolvers/AppealConnection.js';
import    { AppealType } from './appeals/resolvers/AppealType.js';
import    { Attachment } from './attachments/resolvers/Attachment.js';
import    { CalendarConnection } from './calendar/resolvers/CalendarConnection.js';
import    { CalendarEvent } from './calendar/resolvers/CalendarEvent.js';
import    { CallLogRow } from './contact-cards/resolvers/CallLogRow.js';
import    { Campaign as campaigns_Campaign } from './campaigns/resolvers/Campaign.js';
import    { Campaign as history_Campaign } from './history/resolvers/Campaign.js';
import    { CampaignConnection } from './campaigns/resolvers/CampaignConnection.js';
import    { CampaignEffectivenessRow } from './campaigns/resolvers/CampaignEffectivenessRow.js';
import    { CampaignExpense } from './campaigns/resolvers/CampaignExpense.js';
import    { CampaignExpenseConnection } from './campaigns/resolvers/CampaignExpenseConnection.js';
import    { CampaignGroup } from './campaigns/resolvers/CampaignGroup.js';
import    { CampaignMaterial } from './campaigns/resolvers/CampaignMaterial.js';
import    { CampaignMaterialConnection } from './campaigns/resolvers/CampaignMaterialConnection.js';
import    { CampaignParticipant } from './campaigns/resolvers/CampaignParticipant.js';
import    { CampaignParticipantConnection } from './campaigns/resolvers/CampaignParticipantConnection.js';
import    { CampaignRevenue } from './campaigns/resolvers/CampaignRevenue.js';
import    { CampaignRevenueConnection } from './campaigns/resolvers/CampaignRevenueConnection.js';
import    { ChronicleEntry as chronicle_ChronicleEntry } from './chronicle/resolvers/ChronicleEntry.js';
import    { ChronicleEntry as claims_ChronicleEntry } from './claims/resolvers/ChronicleEntry.js';
import    { ChronicleEntry as contact_cards_ChronicleEntry } from './contact-cards/resolvers/ChronicleEntry.js';
import    { ChronicleEntry as email_ChronicleEntry } from './email/resolvers/ChronicleEntry.js';
import    { ChronicleEntry as service_cards_ChronicleEntry } from './service-cards/resolvers/ChronicleEntry.js';
import    { ChronicleEntryChange } from './chronicle/resolvers/ChronicleEntryChange.js';
import    { ChronicleEntryConnection } from './chronicle/resolvers/ChronicleEntryConnection.js';
import    { Claim as claims_Claim } from './claims/resolvers/Claim.js';
import    { Claim as attachments_Claim } from './attachments/resolvers/Claim.js';
import    { Claim as history_Claim } from './history/resolvers/Claim.js';
import    { Claim as tasks_Claim } from './tasks/resolvers/Claim.js';
import    { ClaimCause } from './claims/resolvers/ClaimCause.js';
import    { ClaimChange } from './claims/resolvers/ClaimChange.js';
import    { ClaimConnection } from './claims/resolvers/ClaimConnection.js';
import    { ClaimDynamicsRow } from './claims/resolvers/ClaimDynamicsRow.js';
import    { ClaimSatisfactionRow } from './claims/resolvers/ClaimSatisfactionRow.js';
import    { ClaimStructure } from './claims/resolvers/ClaimStructure.js';
import    { ClaimStructureRow } from './claims/resolvers/ClaimStructureRow.js';
import    { ClaimSummary } from './claims/resolvers/ClaimSummary.js';
import    { CompetitorShare } from './counterparties/resolvers/CompetitorShare.js';
import    { ContactCard as contact_cards_ContactCard } from './contact-cards/resolvers/ContactCard.js';
import    { ContactCard as deals_ContactCard } from './deals/resolvers/ContactCard.js';
import    { ContactCard as history_ContactCard } from './history/resolvers/ContactCard.js';
import    { ContactCardConnection } from './contact-cards/resolvers/ContactCardConnection.js';
import    { ContactCardDuplicate } from './contact-cards/resolvers/ContactCardDuplicate.js';
import    { ContactCardGroup } from './contact-cards/resolvers/ContactCardGroup.js';
import    { ContactCardPerson } from './contact-cards/resolvers/ContactCardPerson.js';
import    { ContactsReportRow } from './reports/resolvers/ContactsReportRow.js';
import    { Contract as contracts_Contract } from './contracts/resolvers/Contract.js';
import    { Contract as history_Contract } from './history/resolvers/Contract.js';
import    { ContractConnection } from './contracts/resolvers/ContractConnection.js';
import    { ContractLine } from './contracts/resolvers/ContractLine.js';
import    { ContractTemplate } from './contracts/resolvers/ContractTemplate.js';
import    { Counterparty as counterparties_Counterparty } from './counterparties/resolvers/Counterparty.js';
import    { Counterparty as agreements_Counterparty } from './agreements/resolvers/Counterparty.js';
import    { Counterparty as appeals_Counterparty } from './appeals/resolvers/Counterparty.js';
import    { Counterparty as campaigns_Counterparty } from './campaigns/resolvers/Counterparty.js';
import    { Counterparty as chronicle_Counterparty } from './chronicle/resolvers/Counterparty.js';
import    { Counterparty as claims_Counterparty } from './claims/resolvers/Counterparty.js';
import    { Counterparty as contact_cards_Counterparty } from './contact-cards/resolvers/Counterparty.js';
import    { Counterparty as contracts_Counterparty } from './contracts/resolvers/Counterparty.js';
import    { Counterparty as deals_Counterparty } from './deals/resolvers/Counterparty.js';
import    { Counterparty as history_Counterparty } from './history/resolvers/Counterparty.js';
import    { Counterparty as obligations_Counterparty } from './obligations/resolvers/Counterparty.js';
import    { Counterparty as orders_Counterparty } from './orders/resolvers/Counterparty.js';
import    { Counterparty as persons_Counterparty } from './persons/resolvers/Counterparty.js';
import    { Counterparty as service_cards_Counterparty } from './service-cards/resolvers/Counterparty.js';
import    { Counterparty as tasks_Counterparty } from './tasks/resolvers/Counterparty.js';
import    { Counterparty as vcards_Counterparty } from './vcards/resolvers/Counterparty.js';
import    { Counterparty as reports_Counterparty } from './reports/resolvers/Counterparty.js';
import    { CounterpartyConnection } from './counterparties/resolvers/CounterpartyConnection.js';
import    { CounterpartyContactListConnection } from './reports/resolvers/CounterpartyContactListConnection.js';
import    { CounterpartyContactListEntry } from './reports/resolvers/CounterpartyContactListEntry.js';
import    { CounterpartyContactListPerson } from './reports/resolvers/CounterpartyContactListPerson.js';
import    { CounterpartyGroup } from './counterparties/resolvers/CounterpartyGroup.js';
import    { CounterpartyObject } from './counterparties/resolvers/CounterpartyObject.js';
import    { Deal as deals_Deal } from './deals/resolvers/Deal.js';
import    { Deal as history_Deal } from './history/resolvers/Deal.js';
import    { DealConnection } from './deals/resolvers/DealConnection.js';
import    { DealMove } from './deals/resolvers/DealMove.js';
import    { Department } from './catalogues/resolvers/Department.js';
import    { DepartmentConnection } from './catalogues/resolvers/DepartmentConnection.js';
import    { EmailMessage } from './email/resolvers/EmailMessage.js';
import    { Employee as catalogues_Employee } from './catalogues/resolvers/Employee.js';
import    { Employee as tasks_Employee } from './tasks/resolvers/Employee.js';
import    { EmployeeConnection } from './catalogues/resolvers/EmployeeConnection.js';
import    { GroupDiscount } from './agreements/resolvers/GroupDiscount.js';
import    { HistoryEntry } from './history/resolvers/HistoryEntry.js';
import    { HistoryEntryConnection } from './history/resolvers/HistoryEntryConnection.js';
import    { InformationSource } from './catalogues/resolvers/InformationSource.js';
import    { InformationSourceConnection } from './catalogues/resolvers/InformationSourceConnection.js';
import    { KnowledgeArticle } from './appeals/resolvers/KnowledgeArticle.js';
import    { KnowledgeArticleConnection } from './appeals/resolvers/KnowledgeArticleConnection.js';
import    { LostReason } from './deals/resolvers/LostReason.js';
import    { ManagerPerformanceRow } from './reports/resolvers/ManagerPerformanceRow.js';
import    { Notification } from './notifications/resolvers/Notification.js';
import    { NotificationConnection } from './notifications/resolvers/NotificationConnection.js';
import    { Obligation as obligations_Obligation } from './obligations/resolvers/Obligation.js';
import    { Obligation as contracts_Obligation } from './contracts/resolvers/Obligation.js';
import    { Obligation as history_Obligation } from './history/resolvers/Obligation.js';
import    { ObligationConnection } from './obligations/resolvers/ObligationConnection.js';
import    { ObligationFulfilment } from './obligations/resolvers/ObligationFulfilment.js';
import    { Order as orders_Order } from './orders/resolvers/Order.js';
import    { Order as history_Order } from './history/resolvers/Order.js';
import    { OrderConnection } from './orders/resolvers/OrderConnection.js';
import    { OrderLine } from './orders/resolvers/OrderLine.js';
import    { ParameterDefinition } from './counterparties/resolvers/ParameterDefinition.js';
import    { ParameterValue } from './counterparties/resolvers/ParameterValue.js';
import    { PartnerSalesActivityRow } from './claims/resolvers/PartnerSalesActivityRow.js';
import    { Payment as orders_Payment } from './orders/resolvers/Payment.js';
import    { Payment as history_Payment } from './history/resolvers/Payment.js';
import    { PaymentStage } from './agreements/resolvers/PaymentStage.js';
import    { Person as persons_Person } from './persons/resolvers/Person.js';
import    { Person as history_Person } from './history/resolvers/Person.js';
import    { Person as vcards_Person } from './vcards/resolvers/Person.js';
import    { PersonConnection } from './persons/resolvers/PersonConnection.js';
import    { PersonPosition } from './persons/resolvers/PersonPosition.js';
import    { Price } from './products/resolvers/Price.js';
import    { PriceType } from './products/resolvers/PriceType.js';
import    { Product as products_Product } from './products/resolvers/Product.js';
import    { Product as history_Product } from './history/resolvers/Product.js';
import    { ProductConnection } from './products/resolvers/ProductConnection.js';
import    { ProductGroup } from './products/resolvers/ProductGroup.js';
import    { SalesAfterCampaign } from './campaigns/resolvers/SalesAfterCampaign.js';
import    { SalesFunnel } from './deals/resolvers/SalesFunnel.js';
import    { SalesFunnelColumn } from './deals/resolvers/SalesFunnelColumn.js';
import    { SalesFunnelResult } from './deals/resolvers/SalesFunnelResult.js';
import    { SalesFunnelStage } from './deals/resolvers/SalesFunnelStage.js';
import    { ServiceCard as service_cards_ServiceCard } from './service-cards/resolvers/ServiceCard.js';
import    { ServiceCard as history_ServiceCard } from './history/resolvers/ServiceCard.js';
import    { ServiceCardConnection } from './service-cards/resolvers/ServiceCardConnection.js';
import    { ServiceCardGroup } from './service-cards/resolvers/ServiceCardGroup.js';
import    { ServiceVisit as service_cards_ServiceVisit } from './service-cards/resolvers/ServiceVisit.js';
import    { ServiceVisit as work_time_ServiceVisit } from './work-time/resolvers/ServiceVisit.js';
import    { SettlementEvent } from './orders/resolvers/SettlementEvent.js';
import    { Settlements } from './orders/resolvers/Settlements.js';
import    { Shipment as orders_Shipment } from './orders/resolvers/Shipment.js';
import    { Shipment as history_Shipment } from './history/resolvers/Shipment.js';
import    { ShipmentLine } from './orders/resolvers/ShipmentLine.js';
import    { SourceAnalysisRow } from './reports/resolvers/SourceAnalysisRow.js';
import    { SourceEffectivenessRow } from './campaigns/resolvers/SourceEffectivenessRow.js';
import    { Task as tasks_Task } from './tasks/resolvers/Task.js';
import    { Task as history_Task } from './history/resolvers/Task.js';
import    { TaskConnection } from './tasks/resolvers/TaskConnection.js';
import    { TimeEntry as appeals_TimeEntry } from './appeals/resolvers/TimeEntry.js';
import    { TimeEntry as work_time_TimeEntry } from './work-time/resolvers/TimeEntry.js';
import    { TimeEntryConnection } from './work-time/resolvers/TimeEntryConnection.js';
import    { Viewer as base_Viewer } from './base/resolvers/Viewer.js';
import    { Viewer as notifications_Viewer } from './notifications/resolvers/Viewer.js';
import    { Webhook } from './webhooks/resolvers/Webhook.js';
import    { WebhookConnection } from './webhooks/resolvers/WebhookConnection.js';
import    { WebhookDelivery } from './webhooks/resolvers/WebhookDelivery.js';
import    { WebhookDeliveryConnection } from './webhooks/resolvers/WebhookDeliveryConnection.js';
import    { WorkHistory } from './reports/resolvers/WorkHistory.js';
import    { WorkTimeSummaryRow } from './work-time/resolvers/WorkTimeSummaryRow.js';
import    { CountryCodeResolver,CurrencyResolver,EmailAddressResolver,JSONResolver,URLResolver } from 'graphql-scalars';
import    { DateTimeScalar,DecimalScalar,LocalDateScalar } from './../src/lib/scalars.js';
import    { UploadScalar } from './../src/modules/attachments/multipart.js';
    export const resolvers: Resolvers = {
      Query: { agreement: Query_agreement,agreements: Query_agreements,apiKeys: Query_apiKeys,appeal: Query_appeal,appealTypes: Query_appealTypes,appeals: Query_appeals,calendar: Query_calendar,callLog: Query_callLog,campaign: Query_campaign,campaignEffectiveness: Query_campaignEffectiveness,campaignGroups: Query_campaignGroups,campaigns: Query_campaigns,chronicleEntries: Query_chronicleEntries,chronicleEntry: Query_chronicleEntry,claim: Query_claim,claimCauses: Query_claimCauses,claimDynamics: Query_claimDynamics,claimSatisfaction: Query_claimSatisfaction,claimStructure: Query_claimStructure,claims: Query_claims,contactCard: Query_contactCard,contactCardGroups: Query_contactCardGroups,contactCards: Query_contactCards,contactsReport: Query_contactsReport,contract: Query_contract,contractTemplates: Query_contractTemplates,contracts: Query_contracts,counterparties: Query_counterparties,counterparty: Query_counterparty,counterpartyByExternalId: Query_counterpartyByExternalId,counterpartyContactList: Query_counterpartyContactList,counterpartyGroups: Query_counterpartyGroups,counterpartyWorkHistory: Query_counterpartyWorkHistory,deal: Query_deal,deals: Query_deals,departments: Query_departments,employees: Query_employees,informationSources: Query_informationSources,knowledgeArticles: Query_knowledgeArticles,lostReasons: Query_lostReasons,managerPerformance: Query_managerPerformance,node: Query_node,nodes: Query_nodes,obligation: Query_obligation,obligations: Query_obligations,order: Query_order,orderAnalysis: Query_orderAnalysis,orders: Query_orders,parameterDefinitions: Query_parameterDefinitions,partnerSalesActivity: Query_partnerSalesActivity,person: Query_person,personByExternalId: Query_personByExternalId,persons: Query_persons,priceTypes: Query_priceTypes,product: Query_product,productByExternalId: Query_productByExternalId,productGroups: Query_productGroups,products: Query_products,recordHistory: Query_recordHistory,salesAfterCampaign: Query_salesAfterCampaign,salesFunnel: Query_salesFunnel,serviceCard: Query_serviceCard,serviceCardGroups: Query_serviceCardGroups,serviceCards: Query_serviceCards,sourceAnalysis: Query_sourceAnalysis,sourceEffectiveness: Query_sourceEffectiveness,task: Query_task,tasks: Query_tasks,timeEntries: Query_timeEntries,viewer: Query_viewer,webhookDeliveries: Query_webhookDeliveries,webhooks: Query_webhooks,workTimeSummary: Query_workTimeSummary },
      Mutation: { activateAgreement: Mutation_activateAgreement,addCampaignExpense: Mutation_addCampaignExpense,addCampaignMaterial: Mutation_addCampaignMaterial,addCampaignParticipant: Mutation_addCampaignParticipant,addCampaignRevenue: Mutation_addCampaignRevenue,addContactCardPerson: Mutation_addContactCardPerson,addServiceVisit: Mutation_addServiceVisit,archiveContactCard: Mutation_archiveContactCard,archiveCounterparty: Mutation_archiveCounterparty,archivePerson: Mutation_archivePerson,archiveProduct: Mutation_archiveProduct,archiveServiceCard: Mutation_archiveServiceCard,assignAppeal: Mutation_assignAppeal,cancelChronicleEntry: Mutation_cancelChronicleEntry,cancelContract: Mutation_cancelContract,cancelObligation: Mutation_cancelObligation,cancelOrder: Mutation_cancelOrder,cancelTask: Mutation_cancelTask,changeAppealStatus: Mutation_changeAppealStatus,changeCampaignStatus: Mutation_changeCampaignStatus,changeClaimStatus: Mutation_changeClaimStatus,changeDealStage: Mutation_changeDealStage,closeAgreement: Mutation_closeAgreement,closeContract: Mutation_closeContract,closeServiceVisit: Mutation_closeServiceVisit,completeChronicleEntry: Mutation_completeChronicleEntry,completeTask: Mutation_completeTask,convertContactCard: Mutation_convertContactCard,createApiKey: Mutation_createApiKey,createAppealType: Mutation_createAppealType,createAttachmentUploadUrl: Mutation_createAttachmentUploadUrl,createCampaign: Mutation_createCampaign,createCampaignGroup: Mutation_createCampaignGroup,createChronicleEntry: Mutation_createChronicleEntry,createClaimCause: Mutation_createClaimCause,createContactCard: Mutation_createContactCard,createContactCardGroup: Mutation_createContactCardGroup,createContract: Mutation_createContract,createContractTemplate: Mutation_createContractTemplate,createCounterparty: Mutation_createCounterparty,createCounterpartyGroup: Mutation_createCounterpartyGroup,createCounterpartyObject: Mutation_createCounterpartyObject,createDeal: Mutation_createDeal,createDepartment: Mutation_createDepartment,createEmployee: Mutation_createEmployee,createIndividualAgreement: Mutation_createIndividualAgreement,createInformationSource: Mutation_createInformationSource,createKnowledgeArticle: Mutation_createKnowledgeArticle,createLostReason: Mutation_createLostReason,createObligation: Mutation_createObligation,createOrder: Mutation_createOrder,createParameterDefinition: Mutation_createParameterDefinition,createPartnerApiKey: Mutation_createPartnerApiKey,createPerson: Mutation_createPerson,createPriceType: Mutation_createPriceType,createProduct: Mutation_createProduct,createProductGroup: Mutation_createProductGroup,createServiceCard: Mutation_createServiceCard,createServiceCardGroup: Mutation_createServiceCardGroup,createTask: Mutation_createTask,createTimeEntry: Mutation_createTimeEntry,createTypicalAgreement: Mutation_createTypicalAgreement,createWebhook: Mutation_createWebhook,deleteAppealType: Mutation_deleteAppealType,deleteAttachment: Mutation_deleteAttachment,deleteCampaignGroup: Mutation_deleteCampaignGroup,deleteClaimCause: Mutation_deleteClaimCause,deleteContactCardGroup: Mutation_deleteContactCardGroup,deleteCounterpartyGroup: Mutation_deleteCounterpartyGroup,deleteCounterpartyObject: Mutation_deleteCounterpartyObject,deletePrice: Mutation_deletePrice,deleteProductGroup: Mutation_deleteProductGroup,deleteServiceCardGroup: Mutation_deleteServiceCardGroup,deleteTimeEntry: Mutation_deleteTimeEntry,deleteWebhook: Mutation_deleteWebhook,generateServiceSchedule: Mutation_generateServiceSchedule,importAppeals: Mutation_importAppeals,importCampaignParticipants: Mutation_importCampaignParticipants,importCampaigns: Mutation_importCampaigns,importChronicleEntries: Mutation_importChronicleEntries,importClaims: Mutation_importClaims,importContactCards: Mutation_importContactCards,importCounterparties: Mutation_importCounterparties,importDeals: Mutation_importDeals,importObligations: Mutation_importObligations,importPersons: Mutation_importPersons,importPrices: Mutation_importPrices,importProducts: Mutation_importProducts,importServiceCards: Mutation_importServiceCards,importTasks: Mutation_importTasks,importVCards: Mutation_importVCards,linkDealOrder: Mutation_linkDealOrder,markNotificationsRead: Mutation_markNotificationsRead,moveAppealType: Mutation_moveAppealType,moveCampaignGroup: Mutation_moveCampaignGroup,moveClaimCause: Mutation_moveClaimCause,moveContactCardGroup: Mutation_moveContactCardGroup,moveCounterpartyGroup: Mutation_moveCounterpartyGroup,moveDeal: Mutation_moveDeal,moveProductGroup: Mutation_moveProductGroup,moveServiceCardGroup: Mutation_moveServiceCardGroup,postContract: Mutation_postContract,postOrder: Mutation_postOrder,recordAppealWork: Mutation_recordAppealWork,recordObligationFulfilment: Mutation_recordObligationFulfilment,recordPayment: Mutation_recordPayment,recordServiceVisit: Mutation_recordServiceVisit,recordShipment: Mutation_recordShipment,registerAppeal: Mutation_registerAppeal,registerCall: Mutation_registerCall,registerClaim: Mutation_registerClaim,removeCampaignExpense: Mutation_removeCampaignExpense,removeCampaignMaterial: Mutation_removeCampaignMaterial,removeCampaignParticipant: Mutation_removeCampaignParticipant,removeCampaignRevenue: Mutation_removeCampaignRevenue,removeContactCardPerson: Mutation_removeContactCardPerson,removeCounterpartyCompetitor: Mutation_removeCounterpartyCompetitor,removeProductRelation: Mutation_removeProductRelation,renameAppealType: Mutation_renameAppealType,renameCampaignGroup: Mutation_renameCampaignGroup,renameClaimCause: Mutation_renameClaimCause,renameContactCardGroup: Mutation_renameContactCardGroup,renameCounterpartyGroup: Mutation_renameCounterpartyGroup,renameProductGroup: Mutation_renameProductGroup,renameServiceCardGroup: Mutation_renameServiceCardGroup,reopenClaim: Mutation_reopenClaim,reopenDeal: Mutation_reopenDeal,reopenTask: Mutation_reopenTask,restoreContactCard: Mutation_restoreContactCard,restoreCounterparty: Mutation_restoreCounterparty,restorePerson: Mutation_restorePerson,restoreProduct: Mutation_restoreProduct,restoreServiceCard: Mutation_restoreServiceCard,revokeApiKey: Mutation_revokeApiKey,rotateWebhookSecret: Mutation_rotateWebhookSecret,sendEmail: Mutation_sendEmail,setCounterpartyCompetitor: Mutation_setCounterpartyCompetitor,setCounterpartyParameters: Mutation_setCounterpartyParameters,setPrice: Mutation_setPrice,setProductRelation: Mutation_setProductRelation,setServiceVisitReminder: Mutation_setServiceVisitReminder,unlinkDealOrder: Mutation_unlinkDealOrder,updateAgreement: Mutation_updateAgreement,updateAppeal: Mutation_updateAppeal,updateCampaign: Mutation_updateCampaign,updateCampaignExpense: Mutation_updateCampaignExpense,updateCampaignMaterial: Mutation_updateCampaignMaterial,updateCampaignParticipant: Mutation_updateCampaignParticipant,updateCampaignRevenue: Mutation_updateCampaignRevenue,updateChronicleEntry: Mutation_updateChronicleEntry,updateClaim: Mutation_updateClaim,updateContactCard: Mutation_updateContactCard,updateContract: Mutation_updateContract,updateContractTemplate: Mutation_updateContractTemplate,updateCounterparty: Mutation_updateCounterparty,updateCounterpartyObject: Mutation_updateCounterpartyObject,updateDeal: Mutation_updateDeal,updateDepartment: Mutation_updateDepartment,updateEmployee: Mutation_updateEmployee,updateInformationSource: Mutation_updateInformationSource,updateKnowledgeArticle: Mutation_updateKnowledgeArticle,updateLostReason: Mutation_updateLostReason,updateObligation: Mutation_updateObligation,updateOrder: Mutation_updateOrder,updatePerson: Mutation_updatePerson,updatePriceType: Mutation_updatePriceType,updateProduct: Mutation_updateProduct,updateServiceCard: Mutation_updateServiceCard,updateTask: Mutation_updateTask,updateTimeEntry: Mutation_updateTimeEntry,updateWebhook: Mutation_updateWebhook,uploadAttachment: Mutation_uploadAttachment },
      Subscription: { appealChanged: Subscription_appealChanged,chronicleChanged: Subscription_chronicleChanged,claimChanged: Subscription_claimChanged,notificationAdded: Subscription_notificationAdded },
      Agreement: { ...agreements_Agreement,...contracts_Agreement,...history_Agreement },
AgreementConnection: AgreementConnection,
AgreementTerms: AgreementTerms,
ApiKey: ApiKey,
ApiKeyConnection: ApiKeyConnection,
Appeal: { ...appeals_Appeal,...attachments_Appeal,...history_Appeal },
AppealAction: AppealAction,
AppealChange: AppealChange,
AppealConnection: AppealConnection,
AppealType: AppealType,
Attachment: Attachment,
CalendarConnection: CalendarConnection,
CalendarEvent: CalendarEvent,
CallLogRow: CallLogRow,
Campaign: { ...campaigns_Campaign,...history_Campaign },
CampaignConnection: CampaignConnection,
CampaignEffectivenessRow: CampaignEffectivenessRow,
CampaignExpense: CampaignExpense,
CampaignExpenseConnection: CampaignExpenseConnection,
CampaignGroup: CampaignGroup,
CampaignMaterial: CampaignMaterial,
CampaignMaterialConnection: CampaignMaterialConnection,
CampaignParticipant: CampaignParticipant,
CampaignParticipantConnection: CampaignParticipantConnection,
CampaignRevenue: CampaignRevenue,
CampaignRevenueConnection: CampaignRevenueConnection,
ChronicleEntry: { ...chronicle_ChronicleEntry,...claims_ChronicleEntry,...contact_cards_ChronicleEntry,...email_ChronicleEntry,...service_cards_ChronicleEntry },
ChronicleEntryChange: ChronicleEntryChange,
ChronicleEntryConnection: ChronicleEntryConnection,
Claim: { ...claims_Claim,...attachments_Claim,...history_Claim,...tasks_Claim },
ClaimCause: ClaimCause,
ClaimChange: ClaimChange,
ClaimConnection: ClaimConnection,
ClaimDynamicsRow: ClaimDynamicsRow,
ClaimSatisfactionRow: ClaimSatisfactionRow,
ClaimStructure: ClaimStructure,
ClaimStructureRow: ClaimStructureRow,
ClaimSummary: ClaimSummary,
CompetitorShare: CompetitorShare,
ContactCard: { ...contact_cards_ContactCard,...deals_ContactCard,...history_ContactCard },
ContactCardConnection: ContactCardConnection,
ContactCardDuplicate: ContactCardDuplicate,
ContactCardGroup: ContactCardGroup,
ContactCardPerson: ContactCardPerson,
ContactsReportRow: ContactsReportRow,
Contract: { ...contracts_Contract,...history_Contract },
ContractConnection: ContractConnection,
ContractLine: ContractLine,
ContractTemplate: ContractTemplate,
Counterparty: { ...counterparties_Counterparty,...agreements_Counterparty,...appeals_Counterparty,...campaigns_Counterparty,...chronicle_Counterparty,...claims_Counterparty,...contact_cards_Counterparty,...contracts_Counterparty,...deals_Counterparty,...history_Counterparty,...obligations_Counterparty,...orders_Counterparty,...persons_Counterparty,...service_cards_Counterparty,...tasks_Counterparty,...vcards_Counterparty,...reports_Counterparty },
CounterpartyConnection: CounterpartyConnection,
CounterpartyContactListConnection: CounterpartyContactListConnection,
CounterpartyContactListEntry: CounterpartyContactListEntry,
CounterpartyContactListPerson: CounterpartyContactListPerson,
CounterpartyGroup: CounterpartyGroup,
CounterpartyObject: CounterpartyObject,
Deal: { ...deals_Deal,...history_Deal },
DealConnection: DealConnection,
DealMove: DealMove,
Department: Department,
DepartmentConnection: DepartmentConnection,
EmailMessage: EmailMessage,
Employee: { ...catalogues_Employee,...tasks_Employee },
EmployeeConnection: EmployeeConnection,
GroupDiscount: GroupDiscount,
HistoryEntry: HistoryEntry,
HistoryEntryConnection: HistoryEntryConnection,
InformationSource: InformationSource,
InformationSourceConnection: InformationSourceConnection,
KnowledgeArticle: KnowledgeArticle,
KnowledgeArticleConnection: KnowledgeArticleConnection,
LostReason: LostReason,
ManagerPerformanceRow: ManagerPerformanceRow,
Notification: Notification,
NotificationConnection: NotificationConnection,
Obligation: { ...obligations_Obligation,...contracts_Obligation,...history_Obligation },
ObligationConnection: ObligationConnection,
ObligationFulfilment: ObligationFulfilment,
Order: { ...orders_Order,...history_Order },
OrderConnection: OrderConnection,
OrderLine: OrderLine,
ParameterDefinition: ParameterDefinition,
ParameterValue: ParameterValue,
PartnerSalesActivityRow: PartnerSalesActivityRow,
Payment: { ...orders_Payment,...history_Payment },
PaymentStage: PaymentStage,
Person: { ...persons_Person,...history_Person,...vcards_Person },
PersonConnection: PersonConnection,
PersonPosition: PersonPosition,
Price: Price,
PriceType: PriceType,
Product: { ...products_Product,...history_Product },
ProductConnection: ProductConnection,
ProductGroup: ProductGroup,
SalesAfterCampaign: SalesAfterCampaign,
SalesFunnel: SalesFunnel,
SalesFunnelColumn: SalesFunnelColumn,
SalesFunnelResult: SalesFunnelResult,
SalesFunnelStage: SalesFunnelStage,
ServiceCard: { ...service_cards_ServiceCard,...history_ServiceCard },
ServiceCardConnection: ServiceCardConnection,
ServiceCardGroup: ServiceCardGroup,
ServiceVisit: { ...service_cards_ServiceVisit,...work_time_ServiceVisit },
SettlementEvent: SettlementEvent,
Settlements: Settlements,
Shipment: { ...orders_Shipment,...history_Shipment },
ShipmentLine: ShipmentLine,
SourceAnalysisRow: SourceAnalysisRow,
SourceEffectivenessRow: SourceEffectivenessRow,
Task: { ...tasks_Task,...history_Task },
TaskConnection: TaskConnection,
TimeEntry: { ...appeals_TimeEntry,...work_time_TimeEntry },
TimeEntryConnection: TimeEntryConnection,
Viewer: { ...base_Viewer,...notifications_Viewer },
Webhook: Webhook,
WebhookConnection: WebhookConnection,
WebhookDelivery: WebhookDelivery,
WebhookDeliveryConnection: WebhookDeliveryConnection,
WorkHistory: WorkHistory,
WorkTimeSummaryRow: WorkTimeSummaryRow,
CountryCode: CountryCodeResolver,
Currency: CurrencyResolver,
EmailAddress: EmailAddressResolver,
JSON: JSONResolver,
URL: URLResolver,
DateTime: DateTimeScalar,
Decimal: DecimalScalar,
LocalDate: LocalDateScalar,
Upload: UploadScalar
    }