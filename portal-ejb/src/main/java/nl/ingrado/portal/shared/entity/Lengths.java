package nl.ingrado.portal.shared.entity;

/**
 * The longest text each typed value may have, in characters, taken from the column it is stored in.
 * Forms and API bodies declare {@code @Size(max = Lengths.X)} with these, entities their
 * {@code @Column(length = …)}; a test checks every limit against the database. A {@code TEXT} column
 * holds 65,535 bytes, that is {@value #TEXT} characters of up to four bytes (utf8mb4).
 */
public final class Lengths {

    /** Any {@code TEXT} column: 65,535 bytes hold 16,383 characters of four bytes each. */
    @StoredIn({"event.description", "event.assembly_agenda", "workshop.description",
            "register_scheme.code_of_conduct"})
    public static final int TEXT = 16_000;

    /** A note, reason or short description: a limit well inside the {@code TEXT} column it goes to. */
    @StoredIn({"rayon.description", "nl_edition.intro", "registrant.decision_reason",
            "register_period.decision_reason", "register_objection.text", "register_objection.outcome_reason",
            "accredited_activity.decision_reason", "point_record.description", "point_record.reason",
            "sample_audit_member.finding", "knowledge_document.description"})
    public static final int NOTE = 4000;

    /** The description and programme of a requested accreditation. */
    @StoredIn({"accredited_activity.description", "accredited_activity.programme"})
    public static final int PROGRAMME = 8000;

    /** The reason for a correction or a manual booking. */
    @StoredIn("point_record.reason")
    public static final int REASON = 2000;

    /** A knowledge-base article's Markdown (a MEDIUMTEXT column with a check of this length). */
    @StoredIn("knowledge_article.body")
    public static final int ARTICLE_BODY = 60_000;

    /** A newsletter item's text after sanitising. */
    @StoredIn("nl_edition_item.body_html")
    public static final int ITEM_BODY = 100_000;

    @StoredIn({"account.email", "person.email", "registration.email", "guest_request.email",
            "nl_subscriber.email"})
    public static final int EMAIL = Email.MAX_LENGTH;

    /** A person's or an organisation's full name as typed in one field. */
    @StoredIn({"account.display_name", "registration.name", "guest_request.name", "nl_subscriber.name",
            "organisation.name", "registrant.employer"})
    public static final int NAME = 200;

    @StoredIn({"person.first_name", "registrant.first_name"})
    public static final int FIRST_NAME = 100;

    @StoredIn({"person.last_name", "registrant.last_name"})
    public static final int LAST_NAME = 150;

    @StoredIn("person.phone")
    public static final int PHONE = 30;

    @StoredIn("organisation.cbs_code")
    public static final int CBS_CODE = 6;

    @StoredIn("organisation.street")
    public static final int STREET = 200;

    @StoredIn("organisation.postal_code")
    public static final int POSTAL_CODE = 10;

    /** A city, a rayon's name, a room. */
    @StoredIn({"organisation.city", "rayon.name", "workshop.room"})
    public static final int SHORT_NAME = 100;

    /** Email domains typed as one list; each domain is checked against {@link #DOMAIN}. */
    public static final int DOMAIN_LIST = 1000;

    @StoredIn("organisation_domain.domain")
    public static final int DOMAIN = 190;

    @StoredIn({"event.title", "workshop.title", "workshop_round.name", "workshop.speaker",
            "assembly_document.title", "knowledge_article.title", "knowledge_document.title",
            "nl_edition.subject", "nl_edition_item.title", "portfolio_share.label", "point_record.provider",
            "point_record.accreditation_claim", "accredited_activity.provider_name"})
    public static final int TITLE = 200;

    /** Titles of KRSD activities and point records. */
    @StoredIn({"accredited_activity.title", "point_record.title"})
    public static final int ACTIVITY_TITLE = 300;

    @StoredIn("event.venue")
    public static final int VENUE = 300;

    @StoredIn("event.online_url")
    public static final int URL = 500;

    /** The most seats an event or a workshop has. */
    public static final int SEATS = 100_000;

    @StoredIn({"registration.remarks", "guest_request.remarks", "accredited_activity.trainers"})
    public static final int REMARKS = 500;

    @StoredIn({"evaluation.comments", "workshop_evaluation.comments"})
    public static final int COMMENTS = 2000;

    @StoredIn("api_token.name")
    public static final int TOKEN_NAME = 100;

    /** The title of a question to the advisers. */
    @StoredIn("question.title")
    public static final int QUESTION_TITLE = 200;

    /** A question, a follow-up, an answer or an adviser's note: room for a long legal question. */
    @StoredIn({"question.body", "question_message.body"})
    public static final int QUESTION_TEXT = 8000;

    @StoredIn("nl_segment.name")
    public static final int SEGMENT_NAME = 150;

    @StoredIn("nl_edition_item.link_url")
    public static final int LINK = 1000;

    @StoredIn("nl_edition_item.image_alt")
    public static final int IMAGE_ALT = 300;

    @StoredIn("nl_consent.source_detail")
    public static final int CONSENT_SOURCE = 300;

    @StoredIn("accredited_activity.accreditation_number")
    public static final int ACCREDITATION_NUMBER = 30;

    /** A number typed as text (points, hours, an amount): room for digits, a sign and a decimal mark. */
    public static final int NUMBER = 20;

    /** A password: long enough for any passphrase, short enough that hashing it costs little. */
    public static final int PASSWORD = 128;

    /** The shortest password the portal accepts (not a column: the policy, declared once for form and service). */
    public static final int PASSWORD_MIN = 10;

    /** A search or filter typed into a list page; kept only as a knowledge-base search that found nothing. */
    @StoredIn("knowledge_search_miss.query_text")
    public static final int SEARCH = 200;

    private Lengths() {
    }
}
