#!/usr/bin/env bash
# The newsletter crash test alone (portal-web NewsletterCrashIT): 20,000 subscribers, the portal killed
# with SIGKILL at random moments while sending and restarted, then counted by Message-ID at an SMTP sink.
# Prints the CRASH line. -Dnewsletter.crash.kills=… / .threads=… / .subscribers=… / .seed=… via MAVEN_ARGS.
source "$(dirname "$0")/lib.sh"
./mvnw -B -q install -DskipTests ${MAVEN_ARGS:-}
./mvnw -B verify -pl portal-web -Dit.test=NewsletterCrashIT -Dsurefire.skip=true ${MAVEN_ARGS:-}
grep -h "^CRASH\|^RETRY\|^killed" portal-web/target/failsafe-reports/nl.ingrado.portal.newsletter.NewsletterCrashIT-output.txt
