package org.spotthesigns.moderation;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The queue's word search on the embedded H2 file database (the word table). */
@SpringBootTest
@ActiveProfiles("test")
class QueueSearchIntegrationTest extends QueueSearchContract {}
