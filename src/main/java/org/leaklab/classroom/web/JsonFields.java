package org.leaklab.classroom.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.leaklab.classroom.PhoneFields;

/** The {@link PhoneFields} a scenario kind writes, as members of a JSON object for the phone page. */
final class JsonFields implements PhoneFields {
    private final JsonObject json;

    JsonFields(JsonObject json) {
        this.json = json;
    }

    @Override
    public PhoneFields text(String name, String value) {
        json.addProperty(name, value);
        return this;
    }

    @Override
    public PhoneFields number(String name, Number value) {
        json.addProperty(name, value);
        return this;
    }

    @Override
    public PhoneFields flag(String name, boolean value) {
        json.addProperty(name, value);
        return this;
    }

    @Override
    public PhoneFields texts(String name, List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        json.add(name, array);
        return this;
    }

    @Override
    public PhoneFields entry(String name) {
        JsonObject entry = new JsonObject();
        json.add(name, entry);
        return new JsonFields(entry);
    }

    @Override
    public Entries entries(String name) {
        JsonArray array = new JsonArray();
        json.add(name, array);
        return () -> {
            JsonObject entry = new JsonObject();
            array.add(entry);
            return new JsonFields(entry);
        };
    }
}
