package common

import "time"

// StatusTTL is how long a transient message stays.
const StatusTTL = 6 * time.Second
