package nl.ingrado.portal.register.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.register.boundary.PublicRegister;

/** /krsd/verify.xhtml?code= , public: whether a registration certificate is genuine and valid today. */
@Named
@RequestScoped
public class VerifyRegistration {

    @Inject
    PublicRegister register;

    @Getter
    @Setter
    private String code;
    @Getter
    private PublicRegister.Entry found;

    public void load() {
        found = register.verify(code).orElse(null);
    }
}
