package nl.ingrado.portal.testing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

import com.helger.diagnostics.error.IError;
import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2025_11;
import com.helger.phive.simplerinvoicing.SimplerInvoicingValidation;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;

/**
 * Checks a UBL invoice or credit note with phive against the newest SI-UBL 2.0 and the newest Peppol
 * BIS Billing 3.0 rule sets in the test class path (XML schema, EN 16931 and the rules of each
 * specification). The registry holds hundreds of rule sets and each compiles its Schematron on first
 * use, so it is built once per JVM.
 */
public final class UblValidator {

    /** The two specifications an e-invoice of the portal may declare, by their customization ID. */
    public enum RuleSet {
        SI_UBL_2_0("urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0"), PEPPOL_BIS_3_0(
                "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0");

        private final String customizationId;

        RuleSet(String customizationId) {
            this.customizationId = customizationId;
        }
    }

    private static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY = registry();

    private UblValidator() {
    }

    private static ValidationExecutorSetRegistry<IValidationSourceXML> registry() {
        var registry = new ValidationExecutorSetRegistry<IValidationSourceXML>();
        // SI-UBL and Peppol build on the EN 16931 rule sets, so those come first
        EN16931Validation.initEN16931(registry);
        SimplerInvoicingValidation.initSimplerInvoicing(registry);
        PeppolValidation.initStandard(registry);
        return registry;
    }

    /**
     * The failed rules (errors and fatal errors, not warnings) of the document, as "id: text", under
     * the rule set its customization ID names: SI-UBL 2.0 and Peppol BIS 3.0 each reject the other's
     * identifier, so a file can meet only one of them. A file that names neither is checked against
     * both, and fails both.
     */
    public static List<String> errors(byte[] xml) {
        var customization = customizationId(xml);
        var problems = new ArrayList<String>();
        for (var ruleSet : RuleSet.values()) {
            if (ruleSet.customizationId.equals(customization) || !knownCustomization(customization)) {
                problems.addAll(errors(xml, ruleSet));
            }
        }
        return problems;
    }

    /** The failed rules of the document under one rule set, whatever its customization ID says. */
    public static List<String> errors(byte[] xml, RuleSet ruleSet) {
        var ves = ves(xml, ruleSet);
        var source = ValidationSourceXML.create("ubl.xml", parse(xml));
        var results = ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(), ves,
                source, Locale.ENGLISH);
        var problems = new ArrayList<String>();
        results.forEachFlattened(e -> e.isError(), e -> problems.add("[" + ruleSet + "] " + describe(e)));
        return problems;
    }

    /** The warnings (not counted as failures) under the rule set the customization ID names. */
    public static List<String> warnings(byte[] xml) {
        var customization = customizationId(xml);
        var warnings = new ArrayList<String>();
        for (var ruleSet : RuleSet.values()) {
            if (ruleSet.customizationId.equals(customization)) {
                var source = ValidationSourceXML.create("ubl.xml", parse(xml));
                ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(),
                        ves(xml, ruleSet), source, Locale.ENGLISH)
                        .forEachFlattened(e -> !e.isError(),
                                e -> warnings.add("[" + ruleSet + "] " + describe(e)));
            }
        }
        return warnings;
    }

    /** "id: text at path"; Schematron texts often start with their id already. */
    private static String describe(IError e) {
        var text = e.getErrorText(Locale.ENGLISH);
        var id = e.getErrorID();
        var out = id == null || text.startsWith("[" + id + "]") ? text : id + ": " + text;
        return e.getErrorFieldName() == null ? out : out + " at " + e.getErrorFieldName();
    }

    /** The ids of the rule sets (VES) this validator runs, invoice and credit note, for a test to print. */
    public static List<String> ruleSets() {
        var ids = new ArrayList<String>();
        for (var ruleSet : RuleSet.values()) {
            ids.add(ruleSet + " invoice: " + newest(invoiceVes(ruleSet)).getID().getAsSingleID());
            ids.add(ruleSet + " credit note: " + newest(creditNoteVes(ruleSet)).getID().getAsSingleID());
        }
        return ids;
    }

    private static IValidationExecutorSet<IValidationSourceXML> ves(byte[] xml, RuleSet ruleSet) {
        boolean credit = rootName(xml).equals("CreditNote");
        return newest(credit ? creditNoteVes(ruleSet) : invoiceVes(ruleSet));
    }

    /** A rule set of the group and artifact of one known version; the jar's newest version is used. */
    private static DVRCoordinate invoiceVes(RuleSet ruleSet) {
        return ruleSet == RuleSet.SI_UBL_2_0
                ? SimplerInvoicingValidation.VID_SI_INVOICE_V2_0_3_12
                : PeppolValidation2025_11.VID_OPENPEPPOL_INVOICE_UBL_V3;
    }

    private static DVRCoordinate creditNoteVes(RuleSet ruleSet) {
        return ruleSet == RuleSet.SI_UBL_2_0
                ? SimplerInvoicingValidation.VID_SI_CREDIT_NOTE_V2_0_3_12
                : PeppolValidation2025_11.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3;
    }

    /** The newest version of the known rule set's group and artifact (a newer rules jar brings newer ones). */
    private static IValidationExecutorSet<IValidationSourceXML> newest(DVRCoordinate known) {
        return REGISTRY.findAll(v -> v.getID().getGroupID().equals(known.getGroupID())
                && v.getID().getArtifactID().equals(known.getArtifactID())).stream()
                .max(Comparator.comparing(v -> versionNumbers(v.getID()), UblValidator::compareNumbers))
                .orElseThrow(() -> new IllegalStateException("no rule set " + known.getAsSingleID()));
    }

    /**
     * The numbers of a version: phive compares a qualifier as text, which puts SI-UBL 2.0.3-9 after
     * 2.0.3-12.
     */
    private static List<Integer> versionNumbers(DVRCoordinate id) {
        var numbers = new ArrayList<Integer>();
        for (var part : id.getVersionObj().getAsString().split("[^0-9]+")) {
            if (!part.isEmpty()) {
                numbers.add(Integer.parseInt(part));
            }
        }
        return numbers;
    }

    private static int compareNumbers(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static boolean knownCustomization(String customization) {
        for (var ruleSet : RuleSet.values()) {
            if (ruleSet.customizationId.equals(customization)) {
                return true;
            }
        }
        return false;
    }

    private static String customizationId(byte[] xml) {
        var ids = parse(xml).getDocumentElement().getElementsByTagNameNS(
                "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CustomizationID");
        return ids.getLength() == 0 ? "" : ids.item(0).getTextContent().strip();
    }

    private static String rootName(byte[] xml) {
        return parse(xml).getDocumentElement().getLocalName();
    }

    private static Document parse(byte[] xml) {
        try {
            var factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
