package org.totalplace.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Who to ask about a paper: "Contact Officer: John Atkinson, Leadership Centre for Local Government". */
@Embeddable
public class ContactOfficer {

    @Column(name = "contact_name")
    private String name;

    @Column(name = "contact_organisation")
    private String organisation;

    @Column(name = "contact_phone")
    private String phone;

    @Column(name = "contact_email")
    private String email;

    protected ContactOfficer() {
        // for JPA
    }

    public static ContactOfficer of(String name, String organisation, String phone, String email) {
        ContactOfficer officer = new ContactOfficer();
        officer.name = Objects.requireNonNull(name, "name").strip();
        officer.organisation = Objects.requireNonNull(organisation, "organisation").strip();
        officer.phone = Objects.requireNonNull(phone, "phone").strip();
        officer.email = Objects.requireNonNull(email, "email").strip();
        return officer;
    }

    public String name() {
        return name;
    }

    public String organisation() {
        return organisation;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }
}
