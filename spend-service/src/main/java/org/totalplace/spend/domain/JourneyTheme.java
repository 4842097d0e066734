package org.totalplace.spend.domain;

/**
 * What kind of journey it is, so journeys of one kind can be compared across pilots. The named themes are the
 * journeys the pilots' customer-insight work mapped most; {@link #OTHER} is any other, described in words (the
 * journey's description is then required).
 */
public enum JourneyTheme {
    FAMILY_WITH_MULTIPLE_CONTACTS,
    OFFENDER_LEAVING_PRISON,
    OLDER_PERSON_LEAVING_HOSPITAL,
    PERSON_WITH_DRUG_OR_ALCOHOL_DEPENDENCY,
    YOUNG_PERSON_NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING,
    OTHER
}
