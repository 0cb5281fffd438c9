package org.spotthesigns.security;

/**
 * What a person needs to add the portal to an authenticator app: the secret to type, and the
 * same as a QR code to scan.
 *
 * @param qrCode an inline picture address ({@code data:image/svg+xml...})
 */
public record SecondFactorEnrolment(String secret, String qrCode) {

    /** The secret in groups of four, easier to type. */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
