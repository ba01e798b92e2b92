"""The facilitator's cross-groups page: participants per team, the draw, the groups on a shared screen and in print."""
