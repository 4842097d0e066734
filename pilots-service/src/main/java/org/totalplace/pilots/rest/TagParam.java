package org.totalplace.pilots.rest;

import java.util.Optional;
import org.totalplace.pilots.domain.PlaceTags;

/** A {@code ?tag=} filter: any spelling of a tag finds its slug ({@code Older People} finds {@code older-people}). */
final class TagParam {

    /** Some letter or digit to make a slug of. */
    static final String HAS_SLUG = "[\\s\\S]*[A-Za-z0-9][\\s\\S]*";
    static final String HAS_SLUG_RULE = "must contain a letter or digit";

    private TagParam() {
    }

    static Optional<String> slug(String tag) {
        return Optional.ofNullable(tag).map(PlaceTags::slug).filter(slug -> !slug.isEmpty());
    }
}
