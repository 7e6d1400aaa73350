# Marsad's interface in English. Every message here has its Arabic in ar.ftl (a test fails
# otherwise). Text placeables ($name, $file) are isolated by the program (FSI…PDI), numbers
# are not.

## Status bar

status-characters = { $count ->
    [one] 1 character
   *[other] { $count } characters
}
status-annotations = { $total ->
    [one] 1 annotation
   *[other] { $total } annotations
} ({ $actors ->
    [one] 1 actor
   *[other] { $actors } actors
}, { $locations ->
    [one] 1 location
   *[other] { $locations } locations
}, { $claims ->
    [one] 1 claim
   *[other] { $claims } claims
})
status-orphaned = { $count } orphaned

## The offer to tag the other occurrences of an entity

offer-untagged = { $count ->
    [one] 1 more untagged mention
   *[other] { $count } more untagged mentions
} of «{ $name }» in this article.
