package org.spotthesigns.security.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.shared.FieldCipher;
import org.springframework.stereotype.Component;

/**
 * Second-factor secrets are stored encrypted with the portal's data key, as reporters' contact
 * details are: a stolen database alone cannot make anyone's codes.
 */
@Component
@Converter
class EncryptedSecret implements AttributeConverter<String, String> {

    private final FieldCipher cipher;

    EncryptedSecret(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable String secret) {
        return secret == null ? null : cipher.encrypt(secret);
    }

    @Override
    public @Nullable String convertToEntityAttribute(@Nullable String stored) {
        return stored == null ? null : cipher.decrypt(stored);
    }
}
