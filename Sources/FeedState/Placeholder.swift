enum FeedStatePlaceholder {}
