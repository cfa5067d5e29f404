/**
 * KRSD, the quality register: applications, point records (the ledger), progress against the norm,
 * accreditation, auditor work (review, overview, sample audits, re-registration), the public register.
 */
package nl.ingrado.portal.register.boundary;
