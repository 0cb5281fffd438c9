package org.spotthesigns.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Values as the portal sealed them before V23, for tests that read or re-seal old rows. */
public final class SealedBeforeKeyIds {

    private SealedBeforeKeyIds() {}

    /** Base64 of nonce and AES-GCM ciphertext, with no header naming the key. */
    public static String seal(String base64Key, String plain) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
                Cipher.ENCRYPT_MODE,
                new SecretKeySpec(Base64.getDecoder().decode(base64Key), "AES"),
                new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        byte[] stored = new byte[12 + sealed.length];
        System.arraycopy(nonce, 0, stored, 0, 12);
        System.arraycopy(sealed, 0, stored, 12, sealed.length);
        return Base64.getEncoder().encodeToString(stored);
    }
}
