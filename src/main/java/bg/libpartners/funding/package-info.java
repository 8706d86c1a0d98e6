/**
 * Co-financing (capability 13): funding calls with budget, eligibility, criteria and deadlines; applications with a
 * budget split by partner and the co-financing share; the eligibility check at submission; reviews with
 * conflict-of-interest declarations and weighted scores; decisions within the call's budget; grants with payment
 * tranches and reports; each library's project portfolio and the programme's totals. Reads partnerships through the
 * partnership module's public API and keeps attachments in the material module's file store.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Co-financing")
package bg.libpartners.funding;
