package org.spotthesigns.reporting.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.shared.FieldCipher;
import org.springframework.stereotype.Component;

/** Stores a text column sealed with the portal's keyring; the database never sees the words. */
@Component
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    private final FieldCipher cipher;

    EncryptedText(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable String plain) {
        return plain == null ? null : cipher.encrypt(plain);
    }

    @Override
    public @Nullable String convertToEntityAttribute(@Nullable String stored) {
        return stored == null ? null : cipher.decrypt(stored);
    }
}
