package org.totalplace.pilots.domain;

/** The kinds of public body that make up a pilot's partnership (seed 004: councils, PCTs, police, fire, ...). */
public enum PartnerBodyType {
    LOCAL_AUTHORITY,
    PRIMARY_CARE_TRUST,
    POLICE_AUTHORITY,
    FIRE_AND_RESCUE,
    GOVERNMENT_OFFICE,
    CENTRAL_DEPARTMENT_OR_AGENCY,
    THIRD_SECTOR,
    OTHER;

    /** Only a local authority sits in a tier of local government. */
    public boolean hasTier() {
        return this == LOCAL_AUTHORITY;
    }
}
