package org.leaklab.classroom;

import java.util.List;

/**
 * Where a scenario kind writes how its question looks on a phone, without knowing the wire
 * format: named texts, numbers, flags and text lists, nested entries and lists of entries. The web
 * layer writes them as the JSON the phone page reads. Values only, never markup.
 */
public interface PhoneFields {
    PhoneFields text(String name, String value);

    PhoneFields number(String name, Number value);

    PhoneFields flag(String name, boolean value);

    PhoneFields texts(String name, List<String> values);

    /** A nested entry under {@code name}. */
    PhoneFields entry(String name);

    /** A list of entries under {@code name}, empty until the first {@link Entries#add}. */
    Entries entries(String name);

    /** A list of entries. */
    interface Entries {
        /** A new entry at the end of the list. */
        PhoneFields add();
    }
}
