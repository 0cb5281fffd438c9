package org.spotthesigns.reporting.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/** Stores a text column as AES-GCM ciphertext; the database never sees the words. */
@Component
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    private final ContactDetailsCipher cipher;

    EncryptedText(ContactDetailsCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String plain) {
        return plain == null ? null : cipher.encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : cipher.decrypt(stored);
    }
}
