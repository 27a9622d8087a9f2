// Registers <polku-self-check-review> alone.
import { define } from '../define.js';
import { PolkuSelfCheckReview } from './self-check-review.js';

define('polku-self-check-review', PolkuSelfCheckReview);
