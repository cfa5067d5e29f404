package nl.ingrado.portal.testing.pages;

import nl.ingrado.portal.testing.Browser;

/** The sign-up form (/register.xhtml), with or without a workplace. */
public final class SignUpPage {

    private final Browser browser;

    private SignUpPage(Browser browser) {
        this.browser = browser;
    }

    public static SignUpPage open(Browser browser) {
        browser.open("/register.xhtml");
        return new SignUpPage(browser);
    }

    /** Name, address and the password twice. */
    public SignUpPage fill(String name, String email, String password) {
        browser.type("form:displayName", name).type("form:email", email).type("form:password", password)
                .type("form:passwordRepeat", password);
        return this;
    }

    /** The password twice again (the form does not send it back after a refusal). */
    public SignUpPage password(String password) {
        browser.type("form:password", password).type("form:passwordRepeat", password);
        return this;
    }

    /** Where the professional works, as chosen on the form; null values stay unchosen. */
    public SignUpPage workplace(String organisation, String job, String since) {
        if (organisation != null) {
            browser.choose("form:organisation", organisation);
        }
        if (job != null) {
            browser.chooseValue("form:job", job);
        }
        if (since != null) {
            browser.setValue("form:since", since);
        }
        return this;
    }

    public Browser submit() {
        return browser.submit("form:submit");
    }

    /** Follows the link mailed to {@code email} and confirms the address. */
    public Browser confirm(String email) {
        browser.driver().get(Browser.linkMailedTo(email, "Bevestig je e-mailadres"));
        return browser.submit("form:submit");
    }
}
