package org.spotthesigns.guidance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the guidance is read from. The default is the copy packaged with the portal; pointing
 * it at a folder ({@code file:./content/}) lets editors preview changes with a restart only.
 */
@ConfigurationProperties("spotthesigns.content")
public record ContentProperties(
        @DefaultValue("classpath:content/") String location) {}
