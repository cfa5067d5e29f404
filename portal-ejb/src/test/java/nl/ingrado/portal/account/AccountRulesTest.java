package nl.ingrado.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import nl.ingrado.portal.account.control.PasswordPolicy;
import nl.ingrado.portal.account.entity.Account;
import nl.ingrado.portal.account.entity.AccountStatus;
import nl.ingrado.portal.account.entity.AccountToken;
import nl.ingrado.portal.account.entity.ApiToken;
import nl.ingrado.portal.shared.entity.Email;
import nl.ingrado.portal.account.entity.Role;
import nl.ingrado.portal.account.entity.TokenPurpose;
import nl.ingrado.portal.shared.entity.BusinessException;
import org.junit.jupiter.api.Test;

/** The rules the account entities keep by themselves, without a container. */
class AccountRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 12, 0);

    @Test
    void aNewAccountIsAnUnverifiedMemberWithANormalizedEmail() {
        var account = Account.signUp("  Piet@Gemeente.NL ", " Piet ", "hash", "nl", NOW);
        assertEquals("piet@gemeente.nl", account.getEmail());
        assertEquals("Piet", account.getDisplayName());
        assertEquals(AccountStatus.UNVERIFIED, account.getStatus());
        assertFalse(account.canLogIn());
        assertTrue(account.hasRole(Role.MEMBER));
        account.confirmEmail(NOW);
        assertTrue(account.canLogIn());
        assertEquals("/member/index.xhtml", account.homePage());
    }

    @Test
    void invalidAccountsCannotBeMade() {
        assertEquals("account.email.invalid",
                assertThrows(BusinessException.class, () -> Account.signUp("piet", "Piet", "h", "nl", NOW))
                        .messageKey());
        assertEquals("account.name.required",
                assertThrows(BusinessException.class, () -> Account.signUp("p@x.nl", " ", "h", "nl", NOW))
                        .messageKey());
        assertEquals("account.name.tooLong", assertThrows(BusinessException.class,
                () -> Account.signUp("p@x.nl", "x".repeat(201), "h", "nl", NOW)).messageKey());
        assertEquals("account.language.unknown",
                assertThrows(BusinessException.class, () -> Account.signUp("p@x.nl", "P", "h", "de", NOW))
                        .messageKey());
    }

    @Test
    void emailShapes() {
        assertTrue(Email.isValid("a.b-c+d@sub.gemeente.nl"));
        assertFalse(Email.isValid("a@b"));
        assertFalse(Email.isValid("a b@c.nl"));
        assertFalse(Email.isValid("<script>@x.nl"));
        assertFalse(Email.isValid(("x".repeat(250)) + "@c.nl"));
    }

    @Test
    void anEmailedLinkWorksOnceWithinItsValidityForItsPurposeOnly() {
        var account = Account.signUp("p@x.nl", "P", "h", "nl", NOW);
        var token = AccountToken.issue(account, TokenPurpose.RESET_PASSWORD, "hash", NOW);
        assertThrows(BusinessException.class,
                () -> token.redeem(TokenPurpose.VERIFY_EMAIL, NOW.plusMinutes(1)));
        assertThrows(BusinessException.class,
                () -> token.redeem(TokenPurpose.RESET_PASSWORD, NOW.plusHours(1)));
        assertSame(account, token.redeem(TokenPurpose.RESET_PASSWORD, NOW.plusMinutes(59)));
        assertEquals("token.invalid", assertThrows(BusinessException.class,
                () -> token.redeem(TokenPurpose.RESET_PASSWORD, NOW.plusMinutes(59))).messageKey());
    }

    @Test
    void verificationLinksLastTwoDays() {
        var token = AccountToken.issue(Account.signUp("p@x.nl", "P", "h", "nl", NOW),
                TokenPurpose.VERIFY_EMAIL,
                "h", NOW);
        assertTrue(token.isRedeemable(TokenPurpose.VERIFY_EMAIL, NOW.plusHours(47)));
        assertFalse(token.isRedeemable(TokenPurpose.VERIFY_EMAIL, NOW.plusHours(48)));
    }

    @Test
    void passwordPolicy() {
        assertEquals("password.tooShort",
                assertThrows(BusinessException.class, () -> PasswordPolicy.check("p", "123456789", "a@b.nl"))
                        .messageKey());
        assertEquals("password.tooLong", assertThrows(BusinessException.class,
                () -> PasswordPolicy.check("p", "x".repeat(129), "a@b.nl")).messageKey());
        assertEquals("password.isEmail", assertThrows(BusinessException.class,
                () -> PasswordPolicy.check("p", "Lange@Naam.nl", "lange@naam.nl")).messageKey());
        PasswordPolicy.check("p", "tien tekens", "a@b.nl");
        assertEquals("p",
                assertThrows(BusinessException.class, () -> PasswordPolicy.check("p", "", null)).field());
    }

    @Test
    void apiTokensNeedANameAndStayRevoked() {
        var account = Account.signUp("p@x.nl", "P", "h", "nl", NOW);
        assertThrows(BusinessException.class, () -> ApiToken.create(account, "  ", "h", NOW));
        var token = ApiToken.create(account, " Script ", "h", NOW);
        assertEquals("Script", token.getName());
        token.revoke(NOW);
        token.revoke(NOW.plusDays(1));
        assertEquals(NOW, token.getRevokedAt(), "revoking twice keeps the first moment");
    }
}
