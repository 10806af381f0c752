"""What happens when the practitioner acts: one controller per concern."""
