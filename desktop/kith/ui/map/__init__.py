"""The relationship map: you at the centre, your circles as rings, everyone on theirs."""
