package org.totalplace.pilots.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names that identify a pilot: its code, its name and its aliases. A name identifies one pilot
 * only, so none of them may equal any name of another pilot once both are read as {@link SpellingKey}s
 * ("Manchester &amp; Warrington" and "manchester and warrington" are the same name).
 */
public record PilotNames(String code, String name, List<String> aliases) {

    public PilotNames {
        aliases = List.copyOf(aliases);
    }

    /** Each of this pilot's names that another pilot already uses, named by the request field that holds it. */
    public List<NameClash> clashesWith(PilotNames other) {
        Set<String> taken = other.keys();
        List<NameClash> clashes = new ArrayList<>();
        if (taken.contains(SpellingKey.of(code))) {
            clashes.add(new NameClash("code", code, other.code));
        }
        if (taken.contains(SpellingKey.of(name))) {
            clashes.add(new NameClash("name", name, other.code));
        }
        for (int i = 0; i < aliases.size(); i++) {
            if (taken.contains(SpellingKey.of(aliases.get(i)))) {
                clashes.add(new NameClash("aliases[" + i + "]", aliases.get(i), other.code));
            }
        }
        return clashes;
    }

    /** All names in comparable form ({@link SpellingKey}), each once. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(SpellingKey.of(code));
        keys.add(SpellingKey.of(name));
        aliases.forEach(alias -> keys.add(SpellingKey.of(alias)));
        return keys;
    }
}
