package org.totalplace.pilots.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names that identify a pilot: its code, its name and its aliases. A name identifies one pilot
 * only, so none of them may equal (ignoring case) any name of another pilot.
 */
public record PilotNames(String code, String name, List<String> aliases) {

    public PilotNames {
        aliases = List.copyOf(aliases);
    }

    /** Each of this pilot's names that another pilot already uses, named by the request field that holds it. */
    public List<NameClash> clashesWith(PilotNames other) {
        Set<String> taken = other.keys();
        List<NameClash> clashes = new ArrayList<>();
        if (taken.contains(PilotAliases.key(code))) {
            clashes.add(new NameClash("code", code, other.code));
        }
        if (taken.contains(PilotAliases.key(name))) {
            clashes.add(new NameClash("name", name, other.code));
        }
        for (int i = 0; i < aliases.size(); i++) {
            if (taken.contains(PilotAliases.key(aliases.get(i)))) {
                clashes.add(new NameClash("aliases[" + i + "]", aliases.get(i), other.code));
            }
        }
        return clashes;
    }

    /** All names in comparable form. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(PilotAliases.key(code));
        keys.add(PilotAliases.key(name));
        aliases.forEach(alias -> keys.add(PilotAliases.key(alias)));
        return keys;
    }
}
