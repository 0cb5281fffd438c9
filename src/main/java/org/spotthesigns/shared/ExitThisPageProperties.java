package org.spotthesigns.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where "Exit this page" sends the visitor: a busy, neutral site that gives nothing away to
 * someone looking over their shoulder.
 */
@ConfigurationProperties("spotthesigns.exit")
public record ExitThisPageProperties(
        @DefaultValue("https://www.bbc.co.uk/weather") String url) {}
